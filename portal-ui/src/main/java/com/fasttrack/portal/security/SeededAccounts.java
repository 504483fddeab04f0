package com.fasttrack.portal.security;

import java.util.List;

/**
 * Accounts the portal seeds itself (the demo data's), contributed by whoever seeds them so that security, which every
 * feature stands on, names none of them: the login page lists them, and the first start asks for no configured
 * program manager while they are there.
 */
public interface SeededAccounts {

    /** Whether this portal runs with the seeded accounts. */
    boolean enabled();

    /** The password every seeded account shares. */
    String password();

    /** The seeded accounts as the login page lists them. */
    List<? extends Login> logins();

    /** One seeded account: the role's name, the e-mail to sign in with, and who it is. */
    interface Login {

        String role();

        String email();

        String who();
    }
}
