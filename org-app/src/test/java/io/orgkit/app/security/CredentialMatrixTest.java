package io.orgkit.app.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of credential against every kind of gate: 401 for none, garbage, malformed, expired, revoked; 403 for
 * the wrong role, a missing permission, and an API key on a session-only endpoint.
 */
@SharedServer
class CredentialMatrixTest {
    private static final String SESSION_ONLY = "/api/auth/session";
    private static final String ADMIN_SESSION_ONLY = "/api/organizations/api-keys";
    private static final String PERMISSION = "/test-probe/users-read";
    private static final String ROLE_ADMIN = "/test-probe/admin";
    private static final String SUPER_ADMIN = "/test-probe/super";
    private static final String MEMBER = "/test-probe/member";

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
    void missingOrInvalidCredentialsAre401WithBearerChallengeEverywhere() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String revokedKey = createKey(admin, "Admin");
        String keyId = body(api.get(ADMIN_SESSION_ONLY, admin.token())).getJsonArray("data").getJsonObject(0).getString("id");
        assertEquals(204, api.delete(ADMIN_SESSION_ONLY + "/" + keyId, admin.token()).getStatus());
        String expiredKey = createKey(admin, "Member");
        String expiredKeyId = idOfKey(admin, expiredKey);
        fixtures.expireApiKey(expiredKeyId);
        String loggedOut = fixtures.login(fixtures.user(), null);
        api.post("/api/auth/logout", loggedOut, null);
        String idle = fixtures.login(fixtures.user(), null);
        fixtures.idleSession(idle, Duration.ofDays(1));

        Map<String, String> authorizations = new LinkedHashMap<>();
        authorizations.put("no credentials", null);
        authorizations.put("unknown session", "Bearer orgs_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        authorizations.put("unknown key", "Bearer orgk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        authorizations.put("not a bearer", "Basic dXNlcjpwYXNz");
        authorizations.put("garbage bearer", "Bearer hello");
        authorizations.put("revoked key", "Bearer " + revokedKey);
        authorizations.put("expired key", "Bearer " + expiredKey);
        authorizations.put("logged-out session", "Bearer " + loggedOut);
        authorizations.put("idle-expired session", "Bearer " + idle);

        for (String path : new String[]{SESSION_ONLY, ADMIN_SESSION_ONLY, PERMISSION, ROLE_ADMIN, SUPER_ADMIN, MEMBER}) {
            for (Map.Entry<String, String> credential : authorizations.entrySet()) {
                var request = api.request(path, null);
                if (credential.getValue() != null) {
                    request = request.header("Authorization", credential.getValue());
                }
                Response response = request.get();
                assertEquals(401, response.getStatus(), credential.getKey() + " on " + path);
                assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"), credential.getKey() + " on " + path);
                assertEquals("application/problem+json", response.getMediaType().toString());
                assertEquals(401, body(response).getInt("status"));
            }
        }
    }

    @Test
    void apiKeysCountAsInTheHeaderButNeverInTheQueryString() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = createKey(admin, "Viewer");
        assertEquals(200, api.get(PERMISSION, key).getStatus());
        assertEquals(200, api.request(PERMISSION, null).header("X-API-Key", key).get().getStatus());
        assertEquals(401, api.get(PERMISSION + "?api_key=" + key, null).getStatus());
        assertEquals(401, api.get(PERMISSION + "?key=" + key, null).getStatus());
        assertEquals(401, api.request(PERMISSION, null).header("X-API-Key", "orgs_not-a-key").get().getStatus());
    }

    @Test
    void wrongRoleOrMissingPermissionIs403() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        Member custom = fixtures.memberWithSession(org, fixturesRole(org, "Auditor"));
        String viewerKey = createKey(admin, "Viewer");

        assertEquals(200, api.get(PERMISSION, viewer.token()).getStatus());
        assertEquals(403, api.get(ROLE_ADMIN, viewer.token()).getStatus());
        assertEquals(403, api.get(ADMIN_SESSION_ONLY, viewer.token()).getStatus());
        assertEquals(403, api.get(SUPER_ADMIN, admin.token()).getStatus(), "an Admin is not a Super Admin");
        assertEquals(403, api.get(ROLE_ADMIN, viewerKey).getStatus());

        Response denied = api.get(PERMISSION, custom.token());
        assertEquals(403, denied.getStatus());
        assertEquals("users.read", body(denied).getJsonArray("missingPermissions").getString(0));

        Response hostPermission = api.post("/test-probe/projects", viewer.token(), null);
        assertEquals(403, hostPermission.getStatus());
        assertEquals("projects.write", body(hostPermission).getJsonArray("missingPermissions").getString(0));
        assertEquals(200, api.post("/test-probe/projects", admin.token(), null).getStatus(),
                "Admin holds every permission, the host's too");
    }

    @Test
    void apiKeyOnSessionOnlyEndpointIs403EvenWithTheRightRole() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String adminKey = createKey(admin, "Admin");
        assertEquals(200, api.get(ROLE_ADMIN, adminKey).getStatus(), "the key holds Admin");
        Response keys = api.get(ADMIN_SESSION_ONLY, adminKey);
        assertEquals(403, keys.getStatus());
        assertTrue(body(keys).getString("detail").contains("session"));
        assertEquals(403, api.get(SESSION_ONLY, adminKey).getStatus());
    }

    @Test
    void superAdminSessionPassesSuperAdminGate() {
        String token = body(api.post("/api/auth/login", null, obj("email", "root@orgkit.test", "password", "root-password-1")))
                .getString("token");
        assertEquals(200, api.get(SUPER_ADMIN, token).getStatus());
        assertTrue(body(api.get(SESSION_ONLY, token)).getJsonObject("user").getBoolean("superAdmin"));
    }

    @Test
    void sessionWithoutActiveOrganizationGets404FromOrganizationGates() {
        String token = fixtures.login(fixtures.user(), null);
        Response member = api.get(MEMBER, token);
        assertEquals(404, member.getStatus());
        assertTrue(body(member).getString("detail").contains("no active organization"));
        assertEquals(404, api.get(PERMISSION, token).getStatus());
    }

    @Test
    void publicEndpointsNeedNothingAndIgnoreBadCredentials() {
        assertEquals(200, api.get("/test-probe/public", null).getStatus());
        assertEquals(200, api.get("/test-probe/public", "orgs_unknown").getStatus());
    }

    private String fixturesRole(String org, String name) {
        fixtures.orgRole(org, name, "roles.read");
        return name;
    }

    private String createKey(Member admin, String role) {
        Response created = api.post(ADMIN_SESSION_ONLY, admin.token(), obj("name", Fixtures.unique("key"), "role", role));
        assertEquals(201, created.getStatus());
        return body(created).getString("key");
    }

    private String idOfKey(Member admin, String key) {
        for (var item : body(api.get(ADMIN_SESSION_ONLY + "?limit=100", admin.token())).getJsonArray("data")) {
            if (key.startsWith(item.asJsonObject().getString("prefix"))) {
                return item.asJsonObject().getString("id");
            }
        }
        throw new AssertionError("key not listed");
    }
}
