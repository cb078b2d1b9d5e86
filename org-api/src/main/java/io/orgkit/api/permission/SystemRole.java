package io.orgkit.api.permission;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.orgkit.api.validation.CaseInsensitiveKey;

/**
 * The roles every organization has: the one definition of each (fixed id, name, description, permissions), used by the
 * Java code and by the queries that load a caller's grants.
 *
 * <p>An organization role of the same name (compared case-insensitively) shadows {@link #MEMBER} or {@link #VIEWER}
 * for everyone holding that name; {@link #ADMIN} cannot be shadowed and always holds every permission of the catalog,
 * the host application's too.
 */
public enum SystemRole {
    /** Every permission, the host application's too; cannot be shadowed. */
    ADMIN("00000000-0000-7000-8000-000000000001", SystemRoles.ADMIN,
            "Every permission, the host application's too; cannot be shadowed", Set.of()),
    /** Reads members and roles, and invites people. */
    MEMBER("00000000-0000-7000-8000-000000000002", SystemRoles.MEMBER,
            "Reads members and roles, and invites people",
            Set.of(Permissions.USERS_READ, Permissions.USERS_INVITE, Permissions.ROLES_READ)),
    /** Reads members and roles. */
    VIEWER("00000000-0000-7000-8000-000000000003", SystemRoles.VIEWER, "Reads members and roles",
            Set.of(Permissions.USERS_READ, Permissions.ROLES_READ));

    private final String id;
    private final String roleName;
    private final String description;
    private final Set<String> permissions;

    SystemRole(String id, String roleName, String description, Set<String> permissions) {
        this.id = id;
        this.roleName = roleName;
        this.description = description;
        this.permissions = permissions;
    }

    /**
     * @return the fixed id, the same in every organization; it sorts before every UUIDv7, so system roles come first
     *         in a role list ordered by id
     */
    public String id() {
        return id;
    }

    /**
     * @return the canonical name, as members hold it
     */
    public String roleName() {
        return roleName;
    }

    /**
     * @return what the role is for
     */
    public String description() {
        return description;
    }

    /**
     * @return whether the role holds every permission of the catalog, whatever the catalog holds ({@link #ADMIN})
     */
    public boolean holdsEveryPermission() {
        return this == ADMIN;
    }

    /**
     * @param catalog every permission of the deployment
     * @return the permissions the role grants: the whole catalog for {@link #ADMIN}, a fixed set otherwise
     */
    public Set<String> permissions(Set<String> catalog) {
        return holdsEveryPermission() ? Set.copyOf(catalog) : permissions;
    }

    /**
     * @return whether an organization role of this name replaces it for the organization
     */
    public boolean canBeShadowed() {
        return this != ADMIN;
    }

    /**
     * @param name a role name in any case, possibly {@code null}
     * @return the system role of that name, compared by {@link CaseInsensitiveKey}
     */
    public static Optional<SystemRole> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = CaseInsensitiveKey.of(name);
        return Arrays.stream(values()).filter(role -> CaseInsensitiveKey.of(role.roleName).equals(wanted)).findFirst();
    }

    /**
     * @param id a role id in any case, possibly {@code null}
     * @return the system role with that fixed id
     */
    public static Optional<SystemRole> withId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(role -> role.id.equals(wanted)).findFirst();
    }
}
