package io.orgkit.app.web;

import java.net.URI;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.MemberRoleFixtures;
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
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code 201}'s {@code Location} names a URL whose {@code GET} answers what was created, on the caller's
 * organization and on the Super Admin console's routes into one organization; the single-item reads behind them
 * (a member, an invitation, an API key, a role) answer 401, 403 and 404 as every endpoint does.
 */
@SharedServer
class LocationLeadsSomewhereTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    MemberRoleFixtures data;
    @Inject
    OrganizationFixtures organizations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void whatAnAdminCreatesInItsOrganizationIsAtItsLocation() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");

        assertLocationAnswersTheBody(api.post("/api/organizations/roles", admin.token(),
                obj("name", Fixtures.unique("Auditor"), "permissions", java.util.List.of("users.read"))), admin.token());
        assertLocationAnswersTheBody(api.post("/api/organizations/invitations", admin.token(),
                obj("email", Fixtures.unique("invitee") + "@example.test", "role", "Viewer")), admin.token());

        Response key = api.post("/api/organizations/api-keys", admin.token(), obj("name", "ci", "role", "Viewer"));
        assertEquals(201, key.getStatus());
        JsonObject created = body(key);
        Response read = api.get(path(key.getLocation()), admin.token());
        assertEquals(200, read.getStatus());
        JsonObject listed = body(read);
        assertEquals(created.getString("id"), listed.getString("id"));
        assertEquals(created.getString("prefix"), listed.getString("prefix"));
        assertTrue(!listed.containsKey("key"), "the secret is shown once, never read back");
    }

    @Test
    void whatTheConsoleCreatesInAnOrganizationIsAtItsLocation() {
        String root = organizations.superAdminSession();
        Response organization = api.post("/api/organizations", root, obj("name", Fixtures.unique("Console")));
        String org = body(api.get(path(organization.getLocation()), root)).getString("id");
        assertLocationAnswersTheBody(api.post("/api/organizations/" + org + "/roles", root,
                obj("name", Fixtures.unique("Auditor"), "permissions", java.util.List.of("roles.read"))), root);
        assertLocationAnswersTheBody(api.post("/api/organizations/" + org + "/invitations", root,
                obj("email", Fixtures.unique("invitee") + "@example.test", "role", "Admin")), root);
    }

    @Test
    void aMemberIsReadByItsIdOnBothRoutes() {
        String org = fixtures.organization();
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        JsonObject self = body(api.get("/api/organizations/members/" + viewer.membershipId(), viewer.token()));
        assertEquals(viewer.membershipId(), self.getString("id"));
        assertEquals("Viewer", self.getString("role"));
        String root = organizations.superAdminSession();
        JsonObject console = body(api.get("/api/organizations/" + org + "/members/" + viewer.membershipId(), root));
        // The Super Admin also reads the private metadata, which a Viewer never does.
        assertEquals(jakarta.json.Json.createObjectBuilder(self).add("privateMetadata", JsonObject.EMPTY_JSON_OBJECT)
                .build(), console);
    }

    @Test
    void singleReadsAnswer401WithoutCredentials() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String invitation = data.invitation(org, "Viewer");
        for (String path : new String[] {"/api/organizations/members/" + admin.membershipId(),
                "/api/organizations/invitations/" + invitation, "/api/organizations/api-keys/" + invitation,
                "/api/organizations/" + org + "/members/" + admin.membershipId(),
                "/api/organizations/" + org + "/invitations/" + invitation}) {
            Response refused = api.get(path, null);
            assertEquals(401, refused.getStatus(), path);
            assertEquals("Bearer", refused.getHeaderString("WWW-Authenticate"), path);
        }
    }

    @Test
    void singleReadsAnswer403ToCallersWithoutTheRightToRead() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String noReader = fixtures.orgRole(org, Fixtures.unique("Nobody"));
        Member nobody = fixtures.memberWithSession(org, noReader);
        String invitation = data.invitation(org, "Viewer");
        assertEquals(403, status(api.get("/api/organizations/members/" + admin.membershipId(), nobody.token())));
        assertEquals(403, status(api.get("/api/organizations/invitations/" + invitation, nobody.token())));

        String keyId = body(api.post("/api/organizations/api-keys", admin.token(), obj("name", "ci", "role", "Viewer")))
                .getString("id");
        Member member = fixtures.memberWithSession(org, "Member");
        assertEquals(403, status(api.get("/api/organizations/api-keys/" + keyId, member.token())), "Admins only");
        String adminKey = data.apiKey(org, "Admin");
        assertEquals(403, status(api.get("/api/organizations/api-keys/" + keyId, adminKey)), "sessions only");
        assertEquals(403, status(api.get("/api/organizations/" + org + "/members/" + admin.membershipId(),
                admin.token())), "the console is for Super Admins");
    }

    @Test
    void singleReadsAnswer404ForUnknownIdsAndAnotherOrganizationsIds() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String other = fixtures.organization();
        Member stranger = fixtures.memberWithSession(other, "Admin");
        String invitation = data.invitation(other, "Viewer");
        String strangersKey = body(api.post("/api/organizations/api-keys", stranger.token(),
                obj("name", "theirs", "role", "Viewer"))).getString("id");
        for (String path : new String[] {"/api/organizations/members/" + stranger.membershipId(),
                "/api/organizations/invitations/" + invitation, "/api/organizations/api-keys/" + strangersKey,
                "/api/organizations/members/not-an-id", "/api/organizations/invitations/" + java.util.UUID.randomUUID(),
                "/api/organizations/api-keys/" + java.util.UUID.randomUUID()}) {
            Response missing = api.get(path, admin.token());
            assertEquals(404, missing.getStatus(), path);
            assertEquals("application/problem+json", missing.getMediaType().toString(), path);
        }
        String root = organizations.superAdminSession();
        assertEquals(404, status(api.get("/api/organizations/" + org + "/members/" + stranger.membershipId(), root)));
        assertEquals(404, status(api.get("/api/organizations/" + org + "/invitations/" + invitation, root)));
    }

    private void assertLocationAnswersTheBody(Response created, String token) {
        assertEquals(201, created.getStatus());
        JsonObject body = body(created);
        URI location = created.getLocation();
        assertTrue(location.getPath().endsWith("/" + body.getString("id")), location.toString());
        Response read = api.get(path(location), token);
        assertEquals(200, read.getStatus(), location.toString());
        JsonObject again = body(read);
        assertEquals(body.getString("id"), again.getString("id"));
        assertEquals(body.getString(body.containsKey("name") ? "name" : "email"),
                again.getString(again.containsKey("name") ? "name" : "email"));
    }

    private static String path(URI location) {
        return location.getRawPath();
    }
}
