package io.orgkit.app.security;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.HttpOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The standalone server leaves Helidon Security's JAX-RS layer off (the module enforces its own gates). An embedding
 * application whose own resources are guarded by {@code @RolesAllowed} alone turns it on, and then Helidon enforces
 * those roles with the caller the module resolved from a session: the module's provider is what it asks.
 */
@HttpOnly
@HelidonTest
@AddConfig(key = "security.jersey.enabled", value = "true")
class HelidonSecurityForHostResourcesTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;

    @Test
    void aHostResourceGuardedByRolesAllowedAloneIsEnforcedWithTheModulesCaller() {
        Api api = new Api(target);
        String organization = fixtures.organization();
        Member admin = fixtures.memberWithSession(organization, "Admin");
        Member member = fixtures.memberWithSession(organization, "Member");

        assertEquals(200, Api.status(api.get("/test-runtime-roles", admin.token())), "an Admin holds the role");
        assertEquals(403, Api.status(api.get("/test-runtime-roles", member.token())), "a Member does not");
        assertEquals(401, Api.status(api.get("/test-runtime-roles", null)), "nobody is nobody");
    }

    @Test
    void theModulesGatesAnswerAsWithoutIt() {
        Api api = new Api(target);
        Member member = fixtures.memberWithSession(fixtures.organization(), "Member");
        assertEquals(403, Api.status(api.get("/api/organizations", member.token())), "the Super Admin console");
        assertEquals(200, Api.status(api.get("/api/organizations/me", member.token())));
        assertEquals(401, Api.status(api.get("/api/organizations/me", null)));
    }
}
