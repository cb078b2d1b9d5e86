package io.orgkit.impl.role;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgkit.api.permission.SystemRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a role name means inside an organization. An organization role shadows the system role of the same name
 * (case-insensitively); {@code Admin} is never shadowed and always holds the whole catalog.
 */
@ApplicationScoped
public class RoleResolver {
    private final JpaRoleStore roles;
    private final PermissionRegistry catalog;

    @Inject
    public RoleResolver(JpaRoleStore roles, PermissionRegistry catalog) {
        this.roles = roles;
        this.catalog = catalog;
    }

    /**
     * @param organizationId the organization
     * @param roleName       the role's name as held by a member, key or invitation
     * @return the role's effective permissions, limited to the catalog; empty for a role that no longer exists
     */
    public Set<String> permissionsOf(String organizationId, String roleName) {
        if (SystemRoles.ADMIN.equalsIgnoreCase(roleName)) {
            return catalog.names();
        }
        Optional<RoleEntity> orgRole = roles.findByName(organizationId, roleName);
        if (orgRole.isPresent()) {
            return orgRole.get().permissions().stream().filter(catalog::contains).collect(Collectors.toUnmodifiableSet());
        }
        return systemPermissions(roleName).orElse(Set.of());
    }

    /**
     * The same answer as {@link #permissionsOf(String, String)} from facts already read, for callers that fetched the
     * organization role together with other data in one statement.
     *
     * @param roleName           the role's name
     * @param orgRoleExists      whether the organization has a role of that name
     * @param orgRolePermissions that role's permissions (ignored when it does not exist)
     * @return the effective permissions, limited to the catalog
     */
    public Set<String> effectivePermissions(String roleName, boolean orgRoleExists, Set<String> orgRolePermissions) {
        if (SystemRoles.ADMIN.equalsIgnoreCase(roleName)) {
            return catalog.names();
        }
        if (orgRoleExists) {
            return orgRolePermissions.stream().filter(catalog::contains).collect(Collectors.toUnmodifiableSet());
        }
        return systemPermissions(roleName).orElse(Set.of());
    }

    /**
     * @param organizationId the organization
     * @param requested      a role name as a client typed it
     * @return the role's canonical name if the organization has such a role (its own, or a system role)
     */
    public Optional<String> canonicalName(String organizationId, String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        String name = requested.trim();
        for (String system : SystemRoles.NAMES) {
            if (system.equalsIgnoreCase(name)) {
                return Optional.of(system);
            }
        }
        return roles.findByName(organizationId, name).map(RoleEntity::name);
    }

    /**
     * @param roleName a name
     * @return the system role's permissions, if the name is a system role's
     */
    public Optional<Set<String>> systemPermissions(String roleName) {
        if (SystemRoles.ADMIN.equalsIgnoreCase(roleName)) {
            return Optional.of(catalog.names());
        }
        if (SystemRoles.MEMBER.equalsIgnoreCase(roleName)) {
            return Optional.of(SystemRoles.MEMBER_PERMISSIONS);
        }
        if (SystemRoles.VIEWER.equalsIgnoreCase(roleName)) {
            return Optional.of(SystemRoles.VIEWER_PERMISSIONS);
        }
        return Optional.empty();
    }
}
