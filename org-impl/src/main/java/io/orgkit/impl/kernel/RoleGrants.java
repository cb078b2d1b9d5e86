package io.orgkit.impl.kernel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How queries that authenticate a credential read the grants of the role it holds in the same statement: the
 * organization role of that name, if any, and its permissions, one row each. The rule applied to what they read is
 * {@link EffectiveRoles#resolve}. Holders keep canonical role names (see {@link EffectiveRoles#canonicalName}), so the
 * join is plain equality and needs no case folding in SQL.
 */
public final class RoleGrants {
    /** The columns to select: whether an organization role was found, and one of its permissions. */
    public static final String COLUMNS = "r.id, rp.permission";

    private RoleGrants() {
    }

    /**
     * @param organizationColumn the column holding the organization
     * @param roleColumn         the column holding the role's canonical name
     * @return the joins to add to the statement
     */
    public static String joins(String organizationColumn, String roleColumn) {
        return " LEFT JOIN orgkit_role r ON r.organization_id = " + organizationColumn + " AND r.name = " + roleColumn
                + " LEFT JOIN orgkit_role_permission rp ON rp.role_id = r.id";
    }

    /**
     * @param rows        the statement's rows
     * @param firstColumn the index of {@link #COLUMNS}' first column
     * @return what the rows say of the organization role
     */
    public static Read read(List<?> rows, int firstColumn) {
        boolean exists = false;
        Set<String> permissions = new HashSet<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            exists |= columns[firstColumn] != null;
            if (columns[firstColumn + 1] != null) {
                permissions.add((String) columns[firstColumn + 1]);
            }
        }
        return new Read(exists, Set.copyOf(permissions));
    }

    /**
     * @param orgRoleExists      whether the organization has a role of the held name
     * @param orgRolePermissions its permissions
     */
    public record Read(boolean orgRoleExists, Set<String> orgRolePermissions) {
    }
}
