package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Loads the accounts that sign in from the {@code app_user} table; the e-mail is the login. */
@Service
@Transactional(readOnly = true)
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    PortalUserDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public PortalUser loadUserByUsername(String username) {
        EmailAddress email;
        try {
            email = new EmailAddress(username);
        } catch (DomainException notAnEmail) {
            throw new UsernameNotFoundException("No such user");
        }
        Instant now = Instant.now(clock);
        return accounts.findByEmail(email).map(account -> new PortalUser(account, now))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
