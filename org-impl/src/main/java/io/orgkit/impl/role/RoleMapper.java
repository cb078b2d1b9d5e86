package io.orgkit.impl.role;

import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.role.RoleView;
import io.orgkit.impl.kernel.PermissionRegistry;
import io.orgkit.impl.kernel.RoleEntity;

/**
 * Roles as clients see them.
 */
final class RoleMapper {
    private RoleMapper() {
    }

    static RoleView view(SystemRole role, PermissionRegistry catalog) {
        return new RoleView(role.id(), role.roleName(), role.description(),
                catalog.inCatalogOrder(role.permissions(catalog.names())), true, false);
    }

    static RoleView view(RoleEntity role, PermissionRegistry catalog) {
        return new RoleView(role.id(), role.name(), role.description(), catalog.inCatalogOrder(role.permissions()),
                false, SystemRole.named(role.name()).isPresent());
    }
}
