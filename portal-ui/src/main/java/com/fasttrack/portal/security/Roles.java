package com.fasttrack.portal.security;

/** The role names, one place for both {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String ENGINEER = "ENGINEER";
    public static final String PROGRAM_MANAGER = "PROGRAM_MANAGER";
    public static final String PARTNER = "PARTNER";

    /** For {@code @PreAuthorize}: only program managers. */
    public static final String HAS_PROGRAM_MANAGER = "hasRole('" + PROGRAM_MANAGER + "')";
    /** For {@code @PreAuthorize}: any signed-in user of the portal. */
    public static final String IS_SIGNED_IN = "isAuthenticated()";

    private Roles() {
    }
}
