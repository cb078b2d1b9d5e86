package io.orgkit.app.role;

import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.MemberRoleFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.RoleApi.MEMBERS;
import static io.orgkit.app.testing.RoleApi.ROLES;
import static io.orgkit.app.testing.RoleApi.createRole;
import static io.orgkit.app.testing.RoleApi.missing;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Roles are read from the database on every request (no shared cache), so a change reaches every holder, session and
 * API key alike, on its very next request.
 */
@SharedServer
class RoleChangeTakesEffectTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    MemberRoleFixtures data;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void aPermissionChangeReachesTheVeryNextRequestOfEverySessionAndKeyHoldingTheRole() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        JsonObject role = createRole(api, admin.token(), "Auditor", "roles.read");
        String path = ROLES + "/" + role.getString("id");
        Member holder = fixtures.memberWithSession(org, "Auditor");
        String key = data.apiKey(org, "Auditor");

        // Both have been served already, so anything cached per credential would show now.
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, holder.token())));
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, key)));
        assertEquals(200, api.get(ROLES, holder.token()).getStatus());
        assertEquals(200, api.get(ROLES, key).getStatus());

        assertEquals(200, api.patch(path, admin.token(), obj("permissions", List.of("users.read"))).getStatus());
        assertEquals(200, api.get(MEMBERS, holder.token()).getStatus());
        assertEquals(200, api.get(MEMBERS, key).getStatus());
        assertEquals(List.of("roles.read"), missing(api.get(ROLES, holder.token())));
        assertEquals(List.of("roles.read"), missing(api.get(ROLES, key)));

        assertEquals(200, api.patch(path, admin.token(), obj("permissions", List.of())).getStatus());
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, holder.token())));
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, key)));
    }

    @Test
    void aNewRoleForAMemberReachesItsVeryNextRequest() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        assertEquals(List.of("roles.create"), missing(api.post(ROLES, viewer.token(),
                obj("name", "Early", "permissions", List.of()))));
        assertEquals(200, api.patch(MEMBERS + "/" + viewer.membershipId(), admin.token(), obj("role", "Admin")).getStatus());
        assertEquals(201, api.post(ROLES, viewer.token(), obj("name", "Late", "permissions", List.of())).getStatus());
        assertEquals(200, api.patch(MEMBERS + "/" + viewer.membershipId(), admin.token(), obj("role", "Viewer")).getStatus());
        assertEquals(List.of("roles.create"), missing(api.post(ROLES, viewer.token(),
                obj("name", "Later", "permissions", List.of()))));
    }

    @Test
    void creatingAndDeletingAShadowReachesTheVeryNextRequestOfKeysAndSessions() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        String key = data.apiKey(org, "Member");
        assertEquals(200, api.get(MEMBERS, member.token()).getStatus());
        assertEquals(200, api.get(MEMBERS, key).getStatus());

        String shadow = createRole(api, admin.token(), "member", "roles.read").getString("id");
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, member.token())));
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, key)));

        assertEquals(204, api.delete(ROLES + "/" + shadow, admin.token()).getStatus());
        assertEquals(200, api.get(MEMBERS, member.token()).getStatus());
        assertEquals(200, api.get(MEMBERS, key).getStatus());
    }
}
