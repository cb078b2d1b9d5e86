package io.orgkit.impl.kernel;

import java.util.Arrays;
import java.util.Set;

/**
 * How queries that authenticate a credential read the grants of the role it holds in the same statement and the same
 * row: the organization role of that name, if any, and its permissions, gathered into one column. The rule applied to
 * what they read is {@link EffectiveRoles#resolve}. Holders keep canonical role names (see
 * {@link EffectiveRoles#canonicalName}), so the join is plain equality and needs no case folding in SQL.
 *
 * <p>One row per credential, not one per permission: the same row carries the organization's own columns (see
 * {@link RequestOrganization}), which would otherwise repeat once per permission.
 */
public final class RoleGrants {
    // Permission names are dotted lower case (PermissionDefinition): a space never occurs in one.
    private static final String SEPARATOR = " ";

    private RoleGrants() {
    }

    /**
     * @param alias the alias of the role's join ({@link #join}); the columns are named {@code <alias>_id} and
     *              {@code <alias>_permissions}
     * @return the columns to select: the organization role's id ({@code NULL} when the organization defines no role of
     *         the held name) and its permissions, separated by spaces
     */
    public static String columns(String alias) {
        return alias + ".id AS " + alias + "_id, (SELECT GROUP_CONCAT(rp.permission SEPARATOR '" + SEPARATOR
                + "') FROM orgkit_role_permission rp WHERE rp.role_id = " + alias + ".id) AS " + alias + "_permissions";
    }

    /**
     * @param alias              the alias to give the role
     * @param organizationColumn the column holding the organization
     * @param roleColumn         the column holding the role's canonical name
     * @return the join to add to the statement: at most one row, since a role's name is unique in its organization
     */
    public static String join(String alias, String organizationColumn, String roleColumn) {
        return " LEFT JOIN orgkit_role " + alias + " ON " + alias + ".organization_id = " + organizationColumn + " AND "
                + alias + ".name = " + roleColumn;
    }

    /**
     * @param roleId      the value of the {@code <alias>_id} column
     * @param permissions the value of the {@code <alias>_permissions} column
     * @return what the row says of the organization role
     */
    public static Read read(Object roleId, Object permissions) {
        String list = permissions == null ? "" : permissions.toString().strip();
        return new Read(roleId != null, list.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(list.split(SEPARATOR))));
    }

    /**
     * @param orgRoleExists      whether the organization has a role of the held name
     * @param orgRolePermissions its permissions
     */
    public record Read(boolean orgRoleExists, Set<String> orgRolePermissions) {
    }
}
