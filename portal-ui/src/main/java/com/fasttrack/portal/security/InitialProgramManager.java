package com.fasttrack.portal.security;

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
 * create the first program manager (once; it must change the password at first sign-in).
 */
@Component
class InitialProgramManager implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialProgramManager.class);

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final String email;
    private final String password;

    InitialProgramManager(UserAccounts accounts, PasswordEncoder passwordEncoder,
                          @Value("${portal.admin.email:}") String email,
                          @Value("${portal.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.email = email;
        this.password = password;
    }

    /** Not one transaction: when several instances start on a fresh database together, exactly one creates it. */
    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank()) {
            return;
        }
        EmailAddress address = new EmailAddress(email);
        if (accounts.findByEmail(address).isPresent()) {
            return;
        }
        try {
            accounts.save(new UserAccount(UserId.random(), 0, address, "Program manager",
                    passwordEncoder.encode(password), Role.PROGRAM_MANAGER, true, null, true));
            log.info("Created the initial program manager {}", address);
        } catch (DataIntegrityViolationException createdByAnotherInstance) {
            log.info("The initial program manager {} was created by another instance", address);
        }
    }
}
