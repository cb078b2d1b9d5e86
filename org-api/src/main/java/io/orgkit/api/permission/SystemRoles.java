package io.orgkit.api.permission;

import java.util.List;
import java.util.Set;

/**
 * The roles every organization has, and the reserved platform role.
 */
public final class SystemRoles {
    /** Holds every permission of the catalog, the host's too; cannot be shadowed. */
    public static final String ADMIN = "Admin";
    /** {@code users.read users.invite roles.read}. */
    public static final String MEMBER = "Member";
    /** {@code users.read roles.read}. */
    public static final String VIEWER = "Viewer";
    /** The platform flag of a user, usable in {@code @RolesAllowed}; never an organization role name. */
    public static final String SUPER_ADMIN = "Super Admin";

    /** The organization-level system roles, in order of decreasing power. */
    public static final List<String> NAMES = List.of(ADMIN, MEMBER, VIEWER);

    /** {@link #MEMBER}'s permissions. */
    public static final Set<String> MEMBER_PERMISSIONS =
            Set.of(Permissions.USERS_READ, Permissions.USERS_INVITE, Permissions.ROLES_READ);
    /** {@link #VIEWER}'s permissions. */
    public static final Set<String> VIEWER_PERMISSIONS = Set.of(Permissions.USERS_READ, Permissions.ROLES_READ);

    private SystemRoles() {
    }
}
