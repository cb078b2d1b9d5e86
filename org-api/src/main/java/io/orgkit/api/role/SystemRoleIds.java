package io.orgkit.api.role;

import java.util.Map;

import io.orgkit.api.permission.SystemRoles;

/**
 * The fixed ids of the system roles, the same in every organization. They sort before every UUIDv7, so system roles
 * come first in a role list ordered by id.
 */
public final class SystemRoleIds {
    /** {@link SystemRoles#ADMIN}'s id. */
    public static final String ADMIN = "00000000-0000-7000-8000-000000000001";
    /** {@link SystemRoles#MEMBER}'s id. */
    public static final String MEMBER = "00000000-0000-7000-8000-000000000002";
    /** {@link SystemRoles#VIEWER}'s id. */
    public static final String VIEWER = "00000000-0000-7000-8000-000000000003";

    /** Each system role's name by its id. */
    public static final Map<String, String> NAMES_BY_ID = Map.of(
            ADMIN, SystemRoles.ADMIN,
            MEMBER, SystemRoles.MEMBER,
            VIEWER, SystemRoles.VIEWER);

    private SystemRoleIds() {
    }

    /**
     * @param id an id, possibly {@code null}
     * @return whether it is a system role's id (compared case-insensitively)
     */
    public static boolean isSystem(String id) {
        return id != null && NAMES_BY_ID.containsKey(id.toLowerCase(java.util.Locale.ROOT));
    }
}
