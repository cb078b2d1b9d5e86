package io.orgkit.app.organization;

import java.util.List;

import io.orgkit.api.permission.Permissions;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.PatchClient;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.contract.ContractCheck;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class CurrentOrganizationTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;
    PatchClient patches;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        patches = new PatchClient(target);
    }

    @Test
    void aMemberReadsItsActiveOrganizationWithAnETag() {
        String org = fixtures.organization();
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        Response response = api.get("/api/organizations/me", viewer.token());
        assertEquals(200, response.getStatus());
        assertEquals("\"" + org + ".1\"", response.getHeaderString("ETag"), "the organization's id and version");
        JsonObject body = body(response);
        assertEquals(org, body.getString("id"));
        assertEquals("UTC", body.getString("timezone"));
        assertTrue(body.isNull("logo"));
        assertTrue(body.getString("createdAt").endsWith("Z"));
        assertTrue(body.getString("updatedAt").endsWith("Z"));
        assertFalse(body.containsKey("version"));
    }

    @Test
    void anApiKeyReadsItsOrganization() {
        String org = fixtures.organization();
        String key = organizations.apiKey(org, "Viewer");
        Response response = api.get("/api/organizations/me", key);
        assertEquals(200, response.getStatus());
        assertEquals(org, body(response).getString("id"));
    }

    @Test
    void theOrganizationAuthenticationReadIsTheOneStoredWithEveryField() {
        // /me takes the organization from the statement that authenticated the request; the console reads it by id.
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String root = organizations.superAdminSession();
        assertEquals(200, patches.patch("/api/organizations/me", admin.token(), obj("logo", "https://example.test/a.svg",
                "timezone", "Asia/Tokyo", "publicMetadata", obj("plan", "team"),
                "privateMetadata", obj("crm", "C-17"))).status());
        assertEquals(200, patches.patch("/api/organizations/" + org, root, obj("memberLimit", 40)).status());
        Response stored = api.get("/api/organizations/" + org, root);
        JsonObject expected = body(stored);
        assertEquals("C-17", expected.getJsonObject("privateMetadata").getString("crm"));
        assertEquals(40, expected.getInt("memberLimit"));
        for (String credential : List.of(admin.token(), organizations.apiKey(org, "Admin"))) {
            Response me = api.get("/api/organizations/me", credential);
            assertEquals(stored.getHeaderString("ETag"), me.getHeaderString("ETag"));
            assertEquals(expected, body(me));
        }
    }

    @Test
    void anUnchangedOrganizationAnswers304ToIfNoneMatch() {
        String org = fixtures.organization();
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        String etag = api.get("/api/organizations/me", viewer.token()).getHeaderString("ETag");
        Response cached = api.request("/api/organizations/me", viewer.token()).header("If-None-Match", etag).get();
        assertEquals(304, cached.getStatus());
    }

    @Test
    void meWithoutCredentialsIs401() {
        Response response = api.get("/api/organizations/me", null);
        assertEquals(401, response.getStatus());
        assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
        assertEquals(401, api.get("/api/organizations/me", "orgs_not-a-real-token").getStatus());
        assertEquals(401, api.get("/api/organizations/me/permissions", null).getStatus());
        assertEquals(401, patches.patch("/api/organizations/me", null, obj("name", "x")).status());
    }

    @Test
    void aSessionWithoutActiveOrganizationGetsAClear404() {
        Fixtures.TestUser user = fixtures.user();
        String token = fixtures.login(user, null);
        for (String path : new String[] {"/api/organizations/me", "/api/organizations/me/permissions"}) {
            Response response = api.get(path, token);
            assertEquals(404, response.getStatus(), path);
            assertTrue(body(response).getString("detail").contains("no active organization"), path);
        }
    }

    @Test
    void anAdminPatchesItsOrganizationAndTheETagMoves() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response before = api.get("/api/organizations/me", admin.token());
        String etag = before.getHeaderString("ETag");
        JsonObject original = body(before);
        PatchClient.Answer patched = patches.patch("/api/organizations/me", admin.token(), obj("name", "  Acme Renamed  ",
                        "timezone", "Europe/Paris", "logo", "https://cdn.example.test/logo.png"), "If-Match", etag);
        assertEquals(200, patched.status());
        assertNotEquals(etag, patched.header("ETag"));
        JsonObject body = patched.json();
        assertEquals("Acme Renamed", body.getString("name"));
        assertEquals("Europe/Paris", body.getString("timezone"));
        assertEquals("https://cdn.example.test/logo.png", body.getString("logo"));
        assertEquals(original.getString("createdAt"), body.getString("createdAt"));
        assertEquals(body, body(api.get("/api/organizations/me", admin.token())));
    }

    @Test
    void anAbsentFieldStaysAndANullLogoClears() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        patches.patch("/api/organizations/me", admin.token(), obj("logo", "http://example.test/a.svg", "timezone", "Asia/Tokyo"));
        JsonObject renamed = patches.patch("/api/organizations/me", admin.token(), obj("name", "Only the name")).json();
        assertEquals("http://example.test/a.svg", renamed.getString("logo"));
        assertEquals("Asia/Tokyo", renamed.getString("timezone"));
        JsonObject cleared = patches.patch("/api/organizations/me", admin.token(), obj("logo", null)).json();
        assertTrue(cleared.isNull("logo"));
        assertEquals("Only the name", cleared.getString("name"));
        assertEquals("Asia/Tokyo", cleared.getString("timezone"));
    }

    @Test
    void aMergePatchMayBeSentAsMergePatchJson() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        PatchClient.Answer patched = patches.patch("/api/organizations/me", admin.token(),
                obj("timezone", "Asia/Tokyo"), "Content-Type", "application/merge-patch+json");
        assertEquals(200, patched.status(), patched.text());
        assertEquals("Asia/Tokyo", patched.json().getString("timezone"));
    }

    @Test
    void theLongestValuesFitTheirColumns() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String logo = "https://example.test/" + "a".repeat(2048 - 21);
        // The padding is beyond the document's maxLength (a client checking the document never sends it); the server
        // trims before counting all the same.
        PatchClient.Answer longest = ContractCheck.requestsOutsideTheDocument(() -> patches.patch(
                "/api/organizations/me", admin.token(), obj("name", "  " + "n".repeat(100) + "  ", "logo", logo)));
        assertEquals(200, longest.status(), longest.text());
        assertEquals("n".repeat(100), longest.json().getString("name"));
        assertEquals(logo, body(api.get("/api/organizations/me", admin.token())).getString("logo"));
        // 100 characters outside the Basic Multilingual Plane: 100 code points, 200 UTF-16 units, 400 bytes.
        String rockets = "\uD83D\uDE80".repeat(100);
        PatchClient.Answer emoji = patches.patch("/api/organizations/me", admin.token(), obj("name", rockets));
        assertEquals(200, emoji.status(), emoji.text());
        assertEquals(rockets, body(api.get("/api/organizations/me", admin.token())).getString("name"));
    }

    @Test
    void anAdminApiKeyMayPatchTheOrganization() {
        String org = fixtures.organization();
        String key = organizations.apiKey(org, "Admin");
        PatchClient.Answer response = patches.patch("/api/organizations/me", key, obj("name", "Renamed by key"));
        assertEquals(200, response.status());
        assertEquals("Renamed by key", response.json().getString("name"));
    }

    @Test
    void nonAdminsMayNotPatch() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Member");
        assertEquals(403, patches.patch("/api/organizations/me", member.token(), obj("name", "Nope")).status());
        String memberKey = organizations.apiKey(org, "Member");
        assertEquals(403, patches.patch("/api/organizations/me", memberKey, obj("name", "Nope")).status());
        String superAdmin = organizations.superAdminSession();
        // A super admin without an Admin membership is no Admin of an organization (and here has none active).
        assertEquals(403, patches.patch("/api/organizations/me", superAdmin, obj("name", "Nope")).status());
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String stale = api.get("/api/organizations/me", admin.token()).getHeaderString("ETag");
        patches.patch("/api/organizations/me", admin.token(), obj("name", "First"));
        PatchClient.Answer response = patches.patch("/api/organizations/me", admin.token(), obj("name", "Second"), "If-Match", stale);
        assertEquals(412, response.status());
        assertEquals("First", body(api.get("/api/organizations/me", admin.token())).getString("name"));
        PatchClient.Answer weak = patches.patch("/api/organizations/me", admin.token(), obj("name", "Third"), "If-Match", "W/\"2\"");
        assertEquals(412, weak.status(), "If-Match compares strongly");
        PatchClient.Answer star = patches.patch("/api/organizations/me", admin.token(), obj("name", "Fourth"), "If-Match", "*");
        assertEquals(200, star.status());
    }

    @Test
    void thePermissionMapListsTheWholeCatalogWithSources() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Member");
        Response response = api.get("/api/organizations/me/permissions", member.token());
        assertEquals(200, response.getStatus());
        JsonObject body = body(response);
        assertEquals("Member", body.getString("role"));
        JsonObject permissions = body.getJsonObject("permissions");
        for (var permission : Permissions.BUILT_IN) {
            assertTrue(permissions.containsKey(permission.name()), permission.name());
        }
        assertTrue(permissions.containsKey(TestPermissions.WIDGETS_PUBLISH), "host-added permissions are listed too");
        assertTrue(permissions.getBoolean("users.read"));
        assertTrue(permissions.getBoolean("users.invite"));
        assertTrue(permissions.getBoolean("roles.read"));
        assertFalse(permissions.getBoolean("users.delete"));
        assertFalse(permissions.getBoolean(TestPermissions.WIDGETS_PUBLISH));
        JsonObject sources = body.getJsonObject("sources");
        assertEquals("system:Member", sources.getString("users.read"));
        assertFalse(sources.containsKey("users.delete"));
        assertNotNull(response.getHeaderString("ETag"));
    }

    @Test
    void anAdminHoldsEveryPermissionIncludingTheHostOnes() {
        String org = fixtures.organization();
        String key = organizations.apiKey(org, "Admin");
        JsonObject body = body(api.get("/api/organizations/me/permissions", key));
        assertEquals("Admin", body.getString("role"));
        body.getJsonObject("permissions").forEach((name, granted) ->
                assertEquals(jakarta.json.JsonValue.TRUE, granted, name));
        assertEquals("system:Admin", body.getJsonObject("sources").getString(TestPermissions.WIDGETS_PUBLISH));
    }

    @Test
    void anOrganizationRoleShadowsTheSystemRoleInTheMap() {
        String org = fixtures.organization();
        fixtures.orgRole(org, "Member", "users.read", "users.delete", TestPermissions.WIDGETS_PUBLISH);
        Member member = fixtures.memberWithSession(org, "Member");
        JsonObject body = body(api.get("/api/organizations/me/permissions", member.token()));
        JsonObject permissions = body.getJsonObject("permissions");
        assertTrue(permissions.getBoolean("users.delete"));
        assertTrue(permissions.getBoolean(TestPermissions.WIDGETS_PUBLISH));
        assertFalse(permissions.getBoolean("users.invite"), "the system Member's permissions no longer apply");
        assertEquals("org:Member", body.getJsonObject("sources").getString("users.read"));
    }

    @Test
    void thePermissionMapETagAnswers304UntilTheRoleChanges() {
        String org = fixtures.organization();
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        Response first = api.get("/api/organizations/me/permissions", viewer.token());
        String etag = first.getHeaderString("ETag");
        assertTrue(first.getHeaderString("Cache-Control").contains("no-cache"));
        // Revalidated by clients that keep the map themselves: no browser or proxy stores an authenticated answer.
        assertTrue(first.getHeaderString("Cache-Control").contains("no-store"));
        Response cached = api.request("/api/organizations/me/permissions", viewer.token())
                .header("If-None-Match", etag).get();
        assertEquals(304, cached.getStatus());
        assertEquals(etag, cached.getHeaderString("ETag"));
        fixtures.orgRole(org, "Viewer", "users.read");
        Response changed = api.request("/api/organizations/me/permissions", viewer.token())
                .header("If-None-Match", etag).get();
        assertEquals(200, changed.getStatus());
        assertNotEquals(etag, changed.getHeaderString("ETag"));
    }
}
