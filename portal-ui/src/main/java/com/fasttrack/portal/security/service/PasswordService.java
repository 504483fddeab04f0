package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PasswordPolicy;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own password: whether it must be changed, and changing it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PasswordService {

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;

    PasswordService(UserAccounts users, PasswordEncoder passwordEncoder, CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /**
     * Read from the database on every call, not from the principal: a reset by a program manager applies to
     * a session that is already open.
     */
    public boolean passwordChangeRequired() {
        return users.findById(currentUser.require().id()).map(UserAccount::passwordChangeRequired).orElse(false);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = users.findById(currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("User"));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        PasswordPolicy.check(newPassword, currentPassword);
        users.save(account.withPassword(passwordEncoder.encode(newPassword), false));
    }
}
