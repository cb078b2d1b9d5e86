package io.orgkit.api.permission;

/**
 * The names of the system roles and of the platform role, as compile-time constants for annotations such as
 * {@code @RolesAllowed(SystemRoles.ADMIN)}. What each system role is (its id, description and permissions) is defined
 * once, in {@link SystemRole}.
 */
public final class SystemRoles {
    /** {@link SystemRole#ADMIN}'s name. */
    public static final String ADMIN = "Admin";
    /** {@link SystemRole#MEMBER}'s name. */
    public static final String MEMBER = "Member";
    /** {@link SystemRole#VIEWER}'s name. */
    public static final String VIEWER = "Viewer";
    /** The platform flag of a user, usable in {@code @RolesAllowed}; never an organization role name. */
    public static final String SUPER_ADMIN = "Super Admin";

    private SystemRoles() {
    }
}
