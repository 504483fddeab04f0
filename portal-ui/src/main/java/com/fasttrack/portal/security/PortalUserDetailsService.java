package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the accounts that sign in from the {@code app_user} table; the e-mail is the login. */
@Service
@Transactional(readOnly = true)
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    PortalUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        EmailAddress email;
        try {
            email = new EmailAddress(username);
        } catch (DomainException notAnEmail) {
            throw new UsernameNotFoundException("No such user");
        }
        return accounts.findByEmail(email).map(PortalUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
