package io.orgkit.impl.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.orgkit.api.permission.PermissionCatalog;
import io.orgkit.api.permission.PermissionContributor;
import io.orgkit.api.permission.PermissionDefinition;
import io.orgkit.api.permission.Permissions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The permission catalog: the module's permissions, then every {@link PermissionContributor}'s, sorted by name.
 * Built once; a clash between names stops the start-up.
 */
@ApplicationScoped
public class PermissionRegistry implements PermissionCatalog {
    private List<PermissionDefinition> all;
    private Set<String> names;

    /**
     * For the container's client proxy.
     */
    protected PermissionRegistry() {
    }

    @Inject
    public PermissionRegistry(Instance<PermissionContributor> contributors) {
        this((Iterable<PermissionContributor>) contributors);
    }

    /**
     * @param contributors the host application's permission contributors
     * @throws IllegalStateException if two declare the same name, or one declares a built-in one
     */
    public PermissionRegistry(Iterable<PermissionContributor> contributors) {
        Map<String, PermissionDefinition> byName = new LinkedHashMap<>();
        Permissions.BUILT_IN.forEach(permission -> byName.put(permission.name(), permission));
        List<PermissionDefinition> contributed = new ArrayList<>();
        for (PermissionContributor contributor : contributors) {
            for (PermissionDefinition permission : contributor.permissions()) {
                if (byName.putIfAbsent(permission.name(), permission) != null) {
                    throw new IllegalStateException("Permission '" + permission.name() + "' is declared twice (by "
                            + contributor.getClass().getName() + ")");
                }
                contributed.add(permission);
            }
        }
        contributed.sort(Comparator.comparing(PermissionDefinition::name));
        List<PermissionDefinition> ordered = new ArrayList<>(Permissions.BUILT_IN);
        ordered.addAll(contributed);
        this.all = List.copyOf(ordered);
        this.names = Set.copyOf(byName.keySet());
    }

    @Override
    public List<PermissionDefinition> all() {
        return all;
    }

    @Override
    public boolean contains(String name) {
        return name != null && names.contains(name);
    }

    /**
     * @param permissions permission names
     * @return the names in catalog order, followed by any that are not in the catalog, sorted
     */
    public List<String> inCatalogOrder(Collection<String> permissions) {
        List<String> ordered = new ArrayList<>();
        for (PermissionDefinition permission : all) {
            if (permissions.contains(permission.name())) {
                ordered.add(permission.name());
            }
        }
        permissions.stream().filter(name -> !names.contains(name)).sorted().forEach(ordered::add);
        return ordered;
    }

    /**
     * @return every permission name
     */
    public Set<String> names() {
        return names;
    }
}
