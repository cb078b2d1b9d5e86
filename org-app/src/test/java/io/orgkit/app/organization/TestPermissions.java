package io.orgkit.app.organization;

import java.util.Collection;
import java.util.List;

import io.orgkit.api.permission.PermissionContributor;
import io.orgkit.api.permission.PermissionDefinition;

/**
 * A host application's permission, as the extension point adds it. Deliberately not a discovered bean: only the test
 * classes that name it with {@code @AddBean} see it, so other tests' catalogs stay the module's own.
 */
public class TestPermissions implements PermissionContributor {
    static final String WIDGETS_PUBLISH = "widgets.publish";

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(WIDGETS_PUBLISH, "Publish widgets (a host application's permission)"));
    }
}
