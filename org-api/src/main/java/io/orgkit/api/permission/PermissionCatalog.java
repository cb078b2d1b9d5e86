package io.orgkit.api.permission;

import java.util.List;

/**
 * Every permission known to this deployment: the module's own and those of every {@link PermissionContributor}.
 * Injectable as a CDI bean.
 */
public interface PermissionCatalog {
    /**
     * @return all permissions, the module's first and then the contributed ones sorted by name; never empty
     */
    List<PermissionDefinition> all();

    /**
     * @param name a permission name; may be {@code null}
     * @return whether the catalog holds a permission of exactly that name
     */
    boolean contains(String name);
}
