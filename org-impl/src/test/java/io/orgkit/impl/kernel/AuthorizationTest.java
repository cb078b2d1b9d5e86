package io.orgkit.impl.kernel;

import java.util.List;
import java.util.Set;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No escalation: an actor may only act with permissions it holds.
 */
class AuthorizationTest {
    private static final OrganizationScope MANAGER = new OrganizationScope("org", Actor.system("manager"), "Manager",
            Set.of("users.read", "users.update"));

    @Test
    void holdingEveryPermissionIsEnough() {
        Authorization.requireAll(MANAGER, List.of("users.read", "users.update"), "Assigning");
        Authorization.requireAll(MANAGER, List.of(), "Assigning nothing");
    }

    @Test
    void aMissingPermissionIsA403NamingEveryMissingOneSorted() {
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> Authorization.requireAll(
                MANAGER, List.of("users.read", "users.invite", "roles.create"), "Assigning the role 'Lead'"));
        assertEquals(Set.of("roles.create", "users.invite"), denied.missingPermissions());
        assertTrue(denied.getMessage().startsWith("Assigning the role 'Lead' needs permissions you do not hold: "
                + "roles.create, users.invite"), denied.getMessage());
    }
}
