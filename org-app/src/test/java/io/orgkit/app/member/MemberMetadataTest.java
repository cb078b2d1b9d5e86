package io.orgkit.app.member;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.RoleApi.MEMBERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class MemberMetadataTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void anAdminMergesAMembersMetadataAndOthersReadOnlyThePublicPart() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        String path = MEMBERS + "/" + viewer.membershipId();
        assertEquals(200, api.patch(path, admin.token(), obj("publicMetadata", obj("team", "blue", "desk", 4),
                "privateMetadata", obj("salaryBand", "C"))).getStatus());
        Response merged = api.patch(path, admin.token(), obj("publicMetadata", obj("desk", null)));
        assertEquals(200, merged.getStatus());
        JsonObject adminView = body(merged);
        assertEquals("Viewer", adminView.getString("role"), "a patch without role keeps it");
        assertEquals(obj("team", "blue"), adminView.getJsonObject("publicMetadata"));
        assertEquals(obj("salaryBand", "C"), adminView.getJsonObject("privateMetadata"));

        JsonObject viewerView = body(api.get(path, viewer.token()));
        assertEquals(obj("team", "blue"), viewerView.getJsonObject("publicMetadata"));
        assertTrue(viewerView.isNull("privateMetadata"));
        JsonObject listed = body(api.get(MEMBERS, viewer.token())).getJsonArray("data").stream()
                .map(JsonObject.class::cast).filter(m -> m.getString("id").equals(viewer.membershipId()))
                .findFirst().orElseThrow();
        assertTrue(listed.isNull("privateMetadata"));
        String root = organizations.superAdminSession();
        assertEquals(obj("salaryBand", "C"), body(api.get("/api/organizations/" + org + "/members/"
                + viewer.membershipId(), root)).getJsonObject("privateMetadata"));
    }

    @Test
    void aMemberManagerWhoIsNotAdminWritesPublicButNotPrivateMetadata() {
        String org = fixtures.organization();
        fixtures.orgRole(org, "Manager", "users.read", "users.update", "roles.read");
        Member manager = fixtures.memberWithSession(org, "Manager");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        String path = MEMBERS + "/" + viewer.membershipId();
        assertEquals(200, api.patch(path, manager.token(), obj("publicMetadata", obj("team", "red"))).getStatus());
        Response refused = api.patch(path, manager.token(), obj("publicMetadata", obj("team", "green"),
                "privateMetadata", obj("note", "x")));
        assertEquals(403, refused.getStatus());
        assertEquals(obj("team", "red"), body(api.get(path, manager.token())).getJsonObject("publicMetadata"),
                "a refused patch changes nothing");
        Member plain = fixtures.memberWithSession(org, "Member");
        assertEquals(403, api.patch(path, plain.token(), obj("publicMetadata", obj("team", "x"))).getStatus(),
                "users.update is needed");
    }

    @Test
    void badMemberPatchesAre400Or404() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        String path = MEMBERS + "/" + viewer.membershipId();
        Response big = api.patch(path, admin.token(), obj("publicMetadata", obj("blob", "é".repeat(4100))));
        assertEquals(400, big.getStatus(), "8,200 bytes of UTF-8");
        assertEquals("publicMetadata", body(big).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.patch(path, admin.token(), obj("role", null)).getStatus());
        assertEquals(400, api.patch(path, admin.token(), obj("colour", "red")).getStatus());
        assertEquals(404, api.patch(MEMBERS + "/" + fixtures.organization(), admin.token(),
                obj("publicMetadata", obj())).getStatus());
        assertEquals(401, api.patch(path, null, obj("publicMetadata", obj())).getStatus());
    }
}
