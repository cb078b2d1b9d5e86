package io.orgkit.app.auth;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class ApiKeyTest {
    private static final String KEYS = "/api/organizations/api-keys";

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
    void adminCreatesAKeyWhoseSecretIsShownOnceAndStoredHashed() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response created = api.post(KEYS, admin.token(), obj("name", "  deploy bot  ", "role", "member"));
        assertEquals(201, created.getStatus());
        JsonObject key = body(created);
        assertTrue(created.getHeaderString("Location").endsWith(KEYS + "/" + key.getString("id")));
        assertEquals("deploy bot", key.getString("name"));
        assertEquals("Member", key.getString("role"), "role names resolve to their canonical form");
        String secret = key.getString("key");
        assertTrue(secret.startsWith("orgk_") && secret.length() >= 48);
        assertTrue(secret.startsWith(key.getString("prefix")));
        assertTrue(key.isNull("expiresAt"));

        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_api_key WHERE key_hash = ?", secret));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_api_key WHERE key_hash = ?",
                io.orgkit.impl.secret.SecretTokens.hash(secret)));

        String listed = api.get(KEYS, admin.token()).readEntity(String.class);
        assertFalse(listed.contains(secret), "the list never shows the secret");
        assertFalse(listed.contains(io.orgkit.impl.secret.SecretTokens.hash(secret)), "nor its hash");
        JsonObject page = Api.body(api.get(KEYS, admin.token()));
        assertEquals(1, page.getJsonArray("data").size());
        assertTrue(page.isNull("nextCursor"));
        assertFalse(page.getJsonArray("data").getJsonObject(0).containsKey("key"));
    }

    @Test
    void aKeyAuthenticatesAsItsOrganizationAndRecordsUse() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String secret = body(api.post(KEYS, admin.token(), obj("name", "reader", "role", "Viewer"))).getString("key");
        assertEquals(200, api.get("/test-probe/users-read", secret).getStatus());
        assertEquals(200, api.request("/test-probe/users-read", null).header("X-API-Key", secret).get().getStatus());
        JsonObject listed = body(api.get(KEYS, admin.token())).getJsonArray("data").getJsonObject(0);
        assertNotNull(listed.getString("lastUsedAt"));
    }

    @Test
    void revokedKeyIsRefusedOnTheVeryNextRequest() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        JsonObject key = body(api.post(KEYS, admin.token(), obj("name", "short-lived", "role", "Viewer")));
        assertEquals(200, api.get("/test-probe/users-read", key.getString("key")).getStatus());
        assertEquals(204, api.delete(KEYS + "/" + key.getString("id"), admin.token()).getStatus());
        assertEquals(401, api.get("/test-probe/users-read", key.getString("key")).getStatus());
        assertEquals(404, api.delete(KEYS + "/" + key.getString("id"), admin.token()).getStatus());
    }

    @Test
    void expiryIsHonoured() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        JsonObject key = body(api.post(KEYS, admin.token(), obj("name", "expiring", "role", "Viewer",
                "expiresAt", "2999-01-01T00:00:00Z")));
        assertEquals("2999-01-01T00:00:00Z", key.getString("expiresAt"));
        assertEquals(200, api.get("/test-probe/users-read", key.getString("key")).getStatus());
        fixtures.expireApiKey(key.getString("id"));
        assertEquals(401, api.get("/test-probe/users-read", key.getString("key")).getStatus());
    }

    @Test
    void paginatesWithOpaqueCursors() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        for (int i = 0; i < 5; i++) {
            assertEquals(201, api.post(KEYS, admin.token(), obj("name", "k" + i, "role", "Viewer")).getStatus());
        }
        JsonObject first = body(api.get(KEYS + "?limit=2", admin.token()));
        assertEquals(2, first.getJsonArray("data").size());
        JsonObject second = body(api.get(KEYS + "?limit=2&cursor=" + first.getString("nextCursor"), admin.token()));
        JsonObject third = body(api.get(KEYS + "?limit=2&cursor=" + second.getString("nextCursor"), admin.token()));
        assertEquals(1, third.getJsonArray("data").size());
        assertTrue(third.isNull("nextCursor"));
        assertEquals("k0", first.getJsonArray("data").getJsonObject(0).getString("name"));
        assertEquals("k4", third.getJsonArray("data").getJsonObject(0).getString("name"));

        assertEquals(400, api.get(KEYS + "?limit=0", admin.token()).getStatus());
        assertEquals(400, api.get(KEYS + "?limit=101", admin.token()).getStatus());
        assertEquals(400, api.get(KEYS + "?limit=ten", admin.token()).getStatus());
        Response badCursor = api.get(KEYS + "?cursor=not-a-cursor", admin.token());
        assertEquals(400, badCursor.getStatus());
        assertEquals("cursor", body(badCursor).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void createValidatesAndWritesNothingOnError() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        assertEquals(400, api.post(KEYS, admin.token(), obj("role", "Viewer")).getStatus());
        assertEquals(400, api.post(KEYS, admin.token(), obj("name", "x".repeat(101), "role", "Viewer")).getStatus());
        assertEquals(400, api.post(KEYS, admin.token(), obj("name", "x")).getStatus());
        assertEquals(422, api.post(KEYS, admin.token(), obj("name", "x", "role", "Owner")).getStatus());
        assertEquals(400, api.post(KEYS, admin.token(), obj("name", "x", "role", "Viewer", "expiresAt", "2001-01-01T00:00:00Z")).getStatus());
        assertEquals(400, api.post(KEYS, admin.token(), obj("name", "x", "role", "Viewer", "expiresAt", "tomorrow")).getStatus());
        assertEquals(400, api.post(KEYS, admin.token(), obj("name", "x", "role", "Viewer", "secret", "mine")).getStatus());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_api_key WHERE organization_id = ?", org));
    }

    @Test
    void onlyAdminSessionsManageKeys() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        String adminKey = body(api.post(KEYS, admin.token(), obj("name", "admin key", "role", "Admin"))).getString("key");

        assertEquals(401, api.get(KEYS, null).getStatus());
        assertEquals(401, api.post(KEYS, null, obj("name", "x", "role", "Viewer")).getStatus());
        assertEquals(401, api.delete(KEYS + "/" + fixtures.organization(), null).getStatus());
        assertEquals(403, api.get(KEYS, member.token()).getStatus());
        assertEquals(403, api.post(KEYS, member.token(), obj("name", "x", "role", "Viewer")).getStatus());
        assertEquals(403, api.get(KEYS, adminKey).getStatus(), "keys cannot manage keys");
        assertEquals(403, api.post(KEYS, adminKey, obj("name", "x", "role", "Viewer")).getStatus());
    }

    @Test
    void anotherOrganizationsKeyIsNotFound() {
        String org = fixtures.organization();
        String other = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member otherAdmin = fixtures.memberWithSession(other, "Admin");
        JsonObject theirs = body(api.post(KEYS, otherAdmin.token(), obj("name", "theirs", "role", "Viewer")));
        assertEquals(404, api.delete(KEYS + "/" + theirs.getString("id"), admin.token()).getStatus());
        assertEquals(404, api.delete(KEYS + "/not-an-id", admin.token()).getStatus());
        assertEquals(200, api.get("/test-probe/users-read", theirs.getString("key")).getStatus(), "still alive");
        assertEquals(0, body(api.get(KEYS, admin.token())).getJsonArray("data").size());
    }

    // The audit's takeover: an Admin made a key, was removed, and the key still invited an Admin and demoted the
    // remaining one.
    @Test
    void removingTheCreatorFromTheOrganizationRevokesTheirKeys() {
        String org = fixtures.organization();
        Member creator = fixtures.memberWithSession(org, "Admin");
        Member remaining = fixtures.memberWithSession(org, "Admin");
        String key = body(api.post(KEYS, creator.token(), obj("name", "ops", "role", "Admin"))).getString("key");
        assertEquals(200, api.get("/test-probe/users-read", key).getStatus());

        assertEquals(204, api.delete("/api/organizations/members/" + creator.membershipId(), remaining.token())
                .getStatus());

        assertEquals(401, api.post("/api/organizations/invitations", key,
                obj("email", Fixtures.unique("x") + "@evil.test", "role", "Admin")).getStatus());
        assertEquals(401, api.patch("/api/organizations/members/" + remaining.membershipId(), key,
                obj("role", "Viewer")).getStatus());
        JsonObject members = body(api.get("/api/organizations/members", remaining.token()));
        assertEquals("Admin", members.getJsonArray("data").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("id").equals(remaining.membershipId())).findFirst().orElseThrow()
                .getString("role"));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_api_key WHERE organization_id = ?", org));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));
    }

    @Test
    void aKeyActsWithAtMostItsCreatorsCurrentPermissions() {
        String org = fixtures.organization();
        Member creator = fixtures.memberWithSession(org, "Admin");
        Member other = fixtures.memberWithSession(org, "Admin");
        String key = body(api.post(KEYS, creator.token(), obj("name", "ops", "role", "Admin"))).getString("key");
        assertEquals(200, api.patch("/api/organizations/members/" + creator.membershipId(), other.token(),
                obj("role", "Viewer")).getStatus());

        // From the next request on, the key holds what both its role and its creator hold: a Viewer's permissions.
        JsonObject permissions = body(api.get("/api/organizations/me/permissions", key)).getJsonObject("permissions");
        assertTrue(permissions.getBoolean("users.read"));
        assertFalse(permissions.getBoolean("users.invite"));
        assertFalse(permissions.getBoolean("users.update"));
        assertEquals(403, api.post("/api/organizations/invitations", key,
                obj("email", Fixtures.unique("x") + "@evil.test", "role", "Viewer")).getStatus());
        assertEquals(403, api.patch("/api/organizations/members/" + other.membershipId(), key,
                obj("role", "Viewer")).getStatus());
        assertEquals(200, api.get("/api/organizations/members", key).getStatus());

        assertEquals(200, api.patch("/api/organizations/members/" + creator.membershipId(), other.token(),
                obj("role", "Admin")).getStatus());
        assertTrue(body(api.get("/api/organizations/me/permissions", key)).getJsonObject("permissions")
                .getBoolean("users.update"), "the creator's authority back, the key's too");
    }

    @Test
    void theListShowsWhoCreatedEachKeyAndAnyAdminRevokesAnyKey() {
        String org = fixtures.organization();
        Member creator = fixtures.memberWithSession(org, "Admin");
        Member other = fixtures.memberWithSession(org, "Admin");
        JsonObject created = body(api.post(KEYS, creator.token(), obj("name", "ci", "role", "Viewer")));
        assertEquals(200, api.get("/test-probe/users-read", created.getString("key")).getStatus());

        JsonObject listed = body(api.get(KEYS, other.token())).getJsonArray("data").getJsonObject(0);
        assertEquals(creator.user().id(), listed.getJsonObject("createdBy").getString("userId"));
        assertEquals(creator.user().email(), listed.getJsonObject("createdBy").getString("email"));
        assertNotNull(listed.getString("lastUsedAt"));
        assertTrue(listed.containsKey("expiresAt"));

        assertEquals(204, api.delete(KEYS + "/" + created.getString("id"), other.token()).getStatus());
        assertEquals(401, api.get("/test-probe/users-read", created.getString("key")).getStatus());
    }

    @Test
    void anOrganizationSetsAMaximumKeyLifetime() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        JsonObject older = body(api.post(KEYS, admin.token(), obj("name", "older", "role", "Viewer")));
        JsonObject none = body(api.get(KEYS + "/policy", admin.token()));
        assertTrue(none.isNull("maxLifetimeDays"));

        assertEquals(400, api.put(KEYS + "/policy", admin.token(), obj("maxLifetimeDays", 0)).getStatus());
        assertEquals(400, api.put(KEYS + "/policy", admin.token(), obj("maxLifetimeDays", 100000)).getStatus());
        assertEquals(403, api.put(KEYS + "/policy", member.token(), obj("maxLifetimeDays", 30)).getStatus());
        assertEquals(401, api.put(KEYS + "/policy", null, obj("maxLifetimeDays", 30)).getStatus());
        Response set = api.put(KEYS + "/policy", admin.token(), obj("maxLifetimeDays", 30));
        assertEquals(200, set.getStatus());
        assertEquals(30, body(set).getInt("maxLifetimeDays"));

        JsonObject defaulted = body(api.post(KEYS, admin.token(), obj("name", "bounded", "role", "Viewer")));
        Instant expiry = Instant.parse(defaulted.getString("expiresAt"));
        assertTrue(Duration.between(Instant.now(), expiry).compareTo(Duration.ofDays(29)) > 0, expiry.toString());
        assertTrue(Duration.between(Instant.now(), expiry).compareTo(Duration.ofDays(30)) <= 0, expiry.toString());
        Response tooLong = api.post(KEYS, admin.token(), obj("name", "forever", "role", "Viewer",
                "expiresAt", Instant.now().plus(Duration.ofDays(31)).toString()));
        assertEquals(422, tooLong.getStatus());
        assertEquals("expiresAt", body(tooLong).getJsonArray("errors").getJsonObject(0).getString("field"));

        // A key made before the policy is held to it too: its lifetime counts from its creation.
        JsonObject listedOlder = body(api.get(KEYS, admin.token())).getJsonArray("data").stream()
                .map(JsonValue::asJsonObject).filter(k -> k.getString("id").equals(older.getString("id")))
                .findFirst().orElseThrow();
        assertFalse(listedOlder.isNull("expiresAt"));
        assertEquals(200, api.get("/test-probe/users-read", older.getString("key")).getStatus());
        fixtures.apiKeyCreatedAgo(older.getString("id"), Duration.ofDays(31));
        assertEquals(401, api.get("/test-probe/users-read", older.getString("key")).getStatus());

        assertEquals(200, api.put(KEYS + "/policy", admin.token(), obj("maxLifetimeDays", null)).getStatus());
        assertEquals(200, api.get("/test-probe/users-read", older.getString("key")).getStatus(),
                "no maximum any more");
    }
}
