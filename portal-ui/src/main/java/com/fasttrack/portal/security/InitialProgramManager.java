package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.startup.StartupRefused;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has no users; {@code PORTAL_ADMIN_EMAIL} and {@code PORTAL_ADMIN_PASSWORD}
 * create the first program manager (once; it must change the password at first sign-in). Without them, or with a
 * password the policy refuses, the portal does not start on an empty database: nobody could ever sign in to it.
 */
@Component
class InitialProgramManager implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialProgramManager.class);

    static final String HOW = "Set PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD (" + PasswordPolicy.MIN_LENGTH
            + " to " + PasswordPolicy.MAX_LENGTH + " characters): the portal creates that program manager once, and "
            + "it chooses its own password at first sign-in.";

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final SeededAccounts seeded;
    private final String email;
    private final String password;

    InitialProgramManager(UserAccounts accounts, PasswordEncoder passwordEncoder, SeededAccounts seeded,
                          @Value("${portal.admin.email:}") String email,
                          @Value("${portal.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.seeded = seeded;
        this.email = email;
        this.password = password;
    }

    /** Not one transaction: when several instances start on a fresh database together, exactly one creates it. */
    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            // demo data brings its own program manager
            if (!seeded.enabled() && !accounts.any()) {
                throw new StartupRefused("The database has no users yet, and no first program manager is configured.",
                        HOW);
            }
            return;
        }
        EmailAddress address = emailAddress();
        if (accounts.findByEmail(address).isPresent()) {
            return;
        }
        PasswordPolicy.problemWith(password, "").ifPresent(problem -> {
            throw new StartupRefused("PORTAL_ADMIN_PASSWORD, the first program manager's password, is refused: "
                    + problem + ".", HOW);
        });
        try {
            accounts.save(new UserAccount(UserId.random(), 0, address, "Program manager",
                    passwordEncoder.encode(password), Role.PROGRAM_MANAGER, true, null, true));
            log.info("Created the initial program manager {}", address);
        } catch (DataIntegrityViolationException createdByAnotherInstance) {
            log.info("The initial program manager {} was created by another instance", address);
        }
    }

    private EmailAddress emailAddress() {
        try {
            return new EmailAddress(email);
        } catch (DomainException e) {
            throw new StartupRefused("PORTAL_ADMIN_EMAIL, the first program manager's login, is refused: "
                    + e.getMessage() + ".", HOW);
        }
    }
}
