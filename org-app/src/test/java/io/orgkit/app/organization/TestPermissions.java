package io.orgkit.app.organization;

import java.util.Collection;
import java.util.List;

import io.orgkit.api.permission.PermissionContributor;
import io.orgkit.api.permission.PermissionDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A host application's permission, as the extension point adds it: a discovered bean, so every test server's catalog
 * holds it (as it holds {@code ProjectPermissions}'), and the classes that read it need no server of their own.
 */
@ApplicationScoped
public class TestPermissions implements PermissionContributor {
    static final String WIDGETS_PUBLISH = "widgets.publish";

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(WIDGETS_PUBLISH, "Publish widgets (a host application's permission)"));
    }
}
