package io.orgkit.app.security;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.ProjectPermissions;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's tests are a host application: they add {@code org-impl}, get every endpoint, register a permission of
 * their own ({@link ProjectPermissions}: {@code projects.write}) and guard their own resource with it
 * ({@code POST /test-probe/projects}). The host's permission then lives in roles, the permission map and the gate.
 */
@SharedServer
class HostApplicationTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void hostPermissionAppearsInThePermissionMapHeldByAdminOnly() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        JsonObject adminMap = body(api.get("/api/organizations/me/permissions", admin.token())).getJsonObject("permissions");
        JsonObject memberMap = body(api.get("/api/organizations/me/permissions", member.token())).getJsonObject("permissions");
        assertTrue(adminMap.getBoolean(ProjectPermissions.PROJECTS_WRITE));
        assertFalse(memberMap.getBoolean(ProjectPermissions.PROJECTS_WRITE));
        Response denied = api.post("/test-probe/projects", member.token(), null);
        assertEquals(403, denied.getStatus());
        assertEquals(ProjectPermissions.PROJECTS_WRITE, body(denied).getJsonArray("missingPermissions").getString(0));
        assertEquals(200, api.post("/test-probe/projects", admin.token(), null).getStatus());
    }

    @Test
    void anOrganizationRoleCanGrantTheHostPermission() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response created = api.post("/api/organizations/roles", admin.token(), obj("name", "Project Lead",
                "permissions", Json.createArrayBuilder().add("users.read").add(ProjectPermissions.PROJECTS_WRITE).build()));
        assertEquals(201, created.getStatus());
        assertTrue(body(created).getJsonArray("permissions").toString().contains(ProjectPermissions.PROJECTS_WRITE));

        Member lead = fixtures.memberWithSession(org, "Project Lead");
        assertEquals(200, api.post("/test-probe/projects", lead.token(), null).getStatus());
        assertEquals(200, api.get("/test-probe/users-read", lead.token()).getStatus());
        assertEquals(403, api.get("/api/organizations/roles", lead.token()).getStatus(), "roles.read was not granted");
    }

    @Test
    void unknownPermissionsAreStillRefusedInRoles() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response refused = api.post("/api/organizations/roles", admin.token(), obj("name", "Dreamer",
                "permissions", Json.createArrayBuilder().add("projects.delete").build()));
        assertEquals(422, refused.getStatus());
    }
}
