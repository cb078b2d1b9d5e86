package io.orgkit.impl.kernel;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgkit.api.permission.SystemRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one rule of what a role name means inside an organization, used by every feature and by authentication: an
 * organization role shadows the system role of the same name (compared case-insensitively); {@code Admin} is never
 * shadowed and always holds the whole catalog; permissions are limited to the catalog; a name that is no role grants
 * nothing.
 */
@ApplicationScoped
public class EffectiveRoles {
    private JpaRoleStore roles;
    private PermissionRegistry catalog;

    /**
     * For the container's client proxy.
     */
    protected EffectiveRoles() {
    }

    @Inject
    public EffectiveRoles(JpaRoleStore roles, PermissionRegistry catalog) {
        this.roles = roles;
        this.catalog = catalog;
    }

    /**
     * @param organizationId the organization
     * @param roleName       the role's name as held by a member, key or invitation
     * @return the role's effective permissions; empty for a role that no longer exists
     */
    public Set<String> permissionsOf(String organizationId, String roleName) {
        Optional<SystemRole> system = SystemRole.named(roleName);
        if (system.isPresent() && !system.get().canBeShadowed()) {
            return system.get().permissions(catalog.names());
        }
        Optional<RoleEntity> own = roles.findByName(organizationId, roleName);
        return resolve(roleName, own.isPresent(), own.map(RoleEntity::permissions).orElse(Set.of()));
    }

    /**
     * The rule itself, from facts already read (authentication reads them together with the credential, in one
     * statement; see {@link RoleGrants}).
     *
     * @param roleName           the role's name
     * @param orgRoleExists      whether the organization has a role of that name
     * @param orgRolePermissions that role's permissions (ignored when it does not exist)
     * @return the effective permissions
     */
    public Set<String> resolve(String roleName, boolean orgRoleExists, Set<String> orgRolePermissions) {
        Optional<SystemRole> system = SystemRole.named(roleName);
        if (system.isPresent() && (!system.get().canBeShadowed() || !orgRoleExists)) {
            return system.get().permissions(catalog.names());
        }
        if (orgRoleExists) {
            return orgRolePermissions.stream().filter(catalog::contains).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    /**
     * @param organizationId the organization
     * @param roleName       a role name as held
     * @return where the role's permissions come from: {@code "system:<name>"} or {@code "org:<name>"}
     */
    public String sourceOf(String organizationId, String roleName) {
        Optional<SystemRole> system = SystemRole.named(roleName);
        if (system.isPresent() && !system.get().canBeShadowed()) {
            return "system:" + system.get().roleName();
        }
        return roles.findByName(organizationId, roleName).map(role -> "org:" + role.name())
                .orElseGet(() -> "system:" + system.map(SystemRole::roleName).orElse(roleName));
    }

    /**
     * @param organizationId the organization
     * @param requested      a role name as a client typed it, any case
     * @return the canonical name under which the role is held, if the organization has such a role: the system
     *         role's name (also when an organization role shadows it, which is stored under that same name), else the
     *         organization role's stored name. Every role assignment goes through here, which is what lets queries
     *         join a holder's role name to the role by plain equality.
     */
    public Optional<String> canonicalName(String organizationId, String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        Optional<SystemRole> system = SystemRole.named(requested);
        if (system.isPresent()) {
            return Optional.of(system.get().roleName());
        }
        return roles.findByName(organizationId, requested.strip()).map(RoleEntity::name);
    }
}
