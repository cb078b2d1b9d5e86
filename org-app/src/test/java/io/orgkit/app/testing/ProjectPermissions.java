package io.orgkit.app.testing;

import java.util.Collection;
import java.util.List;

import io.orgkit.api.permission.PermissionContributor;
import io.orgkit.api.permission.PermissionDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A host application's permission, added through the module's extension point.
 */
@ApplicationScoped
public class ProjectPermissions implements PermissionContributor {
    public static final String PROJECTS_WRITE = "projects.write";

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(PROJECTS_WRITE, "Create and change projects"));
    }
}
