package io.orgkit.app.organization;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class OrganizationMetadataTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;
    String root;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        root = organizations.superAdminSession();
    }

    @Test
    void anAdminMergesMetadataAndMembersReadOnlyThePublicPart() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        Response first = api.patch("/api/organizations/me", admin.token(), obj(
                "publicMetadata", obj("plan", "pro", "limits", obj("seats", 10, "projects", 3)),
                "privateMetadata", obj("stripeCustomer", "cus_1")));
        assertEquals(200, first.getStatus());
        Response merged = api.patch("/api/organizations/me", admin.token(), obj(
                "publicMetadata", obj("plan", null, "limits", obj("seats", 20))));
        JsonObject adminView = body(merged);
        assertEquals(obj("limits", obj("seats", 20, "projects", 3)), adminView.getJsonObject("publicMetadata"),
                "a merge patch: plan removed, seats replaced, projects kept");
        assertEquals(obj("stripeCustomer", "cus_1"), adminView.getJsonObject("privateMetadata"));

        JsonObject memberView = body(api.get("/api/organizations/me", member.token()));
        assertEquals(adminView.getJsonObject("publicMetadata"), memberView.getJsonObject("publicMetadata"));
        assertTrue(memberView.isNull("privateMetadata"), "a member never reads the private metadata");
        JsonObject console = body(api.get("/api/organizations/" + org, root));
        assertEquals(obj("stripeCustomer", "cus_1"), console.getJsonObject("privateMetadata"));
    }

    @Test
    void nullClearsMetadataAndANewOrganizationHasEmptyObjects() {
        Response created = api.post("/api/organizations", root, obj("name", Fixtures.unique("Meta"),
                "publicMetadata", obj("region", "eu")));
        JsonObject body = body(created);
        assertEquals(obj("region", "eu"), body.getJsonObject("publicMetadata"));
        assertEquals(obj(), body.getJsonObject("privateMetadata"));
        String id = body.getString("id");
        Response cleared = api.patch("/api/organizations/" + id, root, obj("publicMetadata", null));
        assertEquals(200, cleared.getStatus());
        assertEquals(obj(), body(cleared).getJsonObject("publicMetadata"));
    }

    @Test
    void metadataOver8KiBOrNotAnObjectIs400AndChangesNothing() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        api.patch("/api/organizations/me", admin.token(), obj("publicMetadata", obj("kept", true)));
        Response big = api.patch("/api/organizations/me", admin.token(),
                obj("name", "Changed", "publicMetadata", obj("blob", "x".repeat(8200))));
        assertEquals(400, big.getStatus());
        assertEquals("publicMetadata", body(big).getJsonArray("errors").getJsonObject(0).getString("field"));
        Response wrongType = api.patch("/api/organizations/me", admin.token(), obj("privateMetadata", "text"));
        assertEquals(400, wrongType.getStatus());
        assertEquals("privateMetadata", body(wrongType).getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject now = body(api.get("/api/organizations/me", admin.token()));
        assertEquals(obj("kept", true), now.getJsonObject("publicMetadata"));
        assertTrue(!now.getString("name").equals("Changed"));
    }

    @Test
    void onlyAnAdminWritesTheOrganizationsMetadata() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Member");
        assertEquals(403, api.patch("/api/organizations/me", member.token(), obj("publicMetadata", obj("a", 1)))
                .getStatus());
        assertEquals(401, api.patch("/api/organizations/me", null, obj("publicMetadata", obj("a", 1))).getStatus());
        assertEquals(obj(), body(api.get("/api/organizations/me", member.token())).getJsonObject("publicMetadata"));
    }
}
