package io.orgkit.impl.kernel;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import io.orgkit.api.permission.PermissionContributor;
import io.orgkit.api.permission.PermissionDefinition;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.SystemRole;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one rule of what a role name grants, with a host permission in the catalog.
 */
class EffectiveRolesTest {
    private static final PermissionContributor HOST = () -> List.of(
            new PermissionDefinition("projects.write", "Write projects"));
    private static final PermissionRegistry CATALOG = new PermissionRegistry(List.of(HOST));
    // The rule needs no database: resolve() works on facts already read.
    private static final EffectiveRoles ROLES = new EffectiveRoles(null, CATALOG);

    @Test
    void adminHoldsTheWholeCatalogTheHostsPermissionsToo() {
        Set<String> admin = ROLES.resolve("Admin", false, Set.of());
        assertEquals(CATALOG.names(), admin);
        assertTrue(admin.contains("projects.write"));
    }

    @Test
    void adminCannotBeShadowed() {
        assertEquals(CATALOG.names(), ROLES.resolve("Admin", true, Set.of(Permissions.USERS_READ)));
    }

    @Test
    void anOrganizationRoleShadowsMemberAndViewer() {
        assertEquals(SystemRole.MEMBER.permissions(CATALOG.names()), ROLES.resolve("Member", false, Set.of()));
        assertEquals(Set.of(Permissions.ROLES_READ), ROLES.resolve("Member", true, Set.of(Permissions.ROLES_READ)));
        assertEquals(Set.of(), ROLES.resolve("Viewer", true, Set.of()));
    }

    @Test
    void anOrganizationRoleGrantsOnlyCatalogPermissions() {
        assertEquals(Set.of("projects.write"), ROLES.resolve("Builder", true, Set.of("projects.write", "gone.away")));
    }

    @Test
    void aNameThatIsNoRoleGrantsNothing() {
        assertEquals(Set.of(), ROLES.resolve("Deleted Role", false, Set.of()));
    }

    @Test
    void systemRoleNamesAreCaseInsensitive() {
        assertEquals(SystemRole.VIEWER.permissions(CATALOG.names()), ROLES.resolve("vIeWeR", false, Set.of()));
    }

    @Test
    void theCatalogRefusesADuplicateName() {
        PermissionContributor clash = () -> List.of(new PermissionDefinition(Permissions.USERS_READ, "again"));
        assertThrows(IllegalStateException.class, () -> new PermissionRegistry(List.of(clash)));
        Collection<PermissionDefinition> all = CATALOG.all();
        assertEquals("projects.write", ((List<PermissionDefinition>) all).getLast().name(), "host permissions last");
    }
}
