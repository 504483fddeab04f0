package com.fasttrack.portal.security;

/** The role names, one place for both {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String ENGINEER = "ENGINEER";
    public static final String PROGRAM_MANAGER = "PROGRAM_MANAGER";
    public static final String PARTNER = "PARTNER";

    /** For {@code @PreAuthorize}: only program managers. */
    public static final String HAS_PROGRAM_MANAGER = "hasRole('" + PROGRAM_MANAGER + "')";
    /**
     * For {@code @PreAuthorize}: any signed-in user of the portal that holds a role. A user who must still replace
     * its one-time password holds none (see {@link PortalUser#getAuthorities()}), so this denies it.
     */
    public static final String IS_SIGNED_IN = "hasAnyRole('" + CUSTOMER + "', '" + ENGINEER + "', '"
            + PROGRAM_MANAGER + "', '" + PARTNER + "')";
    /** For {@code @PreAuthorize}: signed in, role or not: only what a user must reach to replace its password. */
    public static final String IS_AUTHENTICATED = "isAuthenticated()";

    private Roles() {
    }
}
