package io.orgkit.app.auth;

import java.time.Duration;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.Fixtures;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class LoginAndSessionTest {
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
    void loginAnswersTokenUserAndAnHttpOnlyStrictCookie() {
        TestUser user = fixtures.user();
        Response response = api.post("/api/auth/login", null, obj("email", user.email().toUpperCase(), "password", Fixtures.PASSWORD));
        assertEquals(200, response.getStatus());
        String setCookie = response.getHeaderString("Set-Cookie");
        JsonObject login = body(response);
        String token = login.getString("token");
        assertTrue(token.startsWith("orgs_"));
        assertTrue(token.length() >= 5 + 43, "256 bits in base64url");
        assertTrue(setCookie.startsWith("org_session=" + token), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/"), setCookie);
        assertFalse(setCookie.contains("Secure"), "Secure only when org.sessions.cookie-secure=true");
        assertEquals(user.email(), login.getJsonObject("user").getString("email"));
        assertFalse(login.getJsonObject("user").containsKey("passwordHash"));
        assertTrue(login.isNull("organizationId"), "a user without memberships has no active organization");
        assertTrue(login.getString("expiresAt").endsWith("Z"));
    }

    @Test
    void everyLoginIssuesANewToken() {
        TestUser user = fixtures.user();
        String first = fixtures.login(user, null);
        String second = fixtures.login(user, null);
        assertNotEquals(first, second);
        assertEquals(200, api.get("/api/auth/session", first).getStatus());
        assertEquals(200, api.get("/api/auth/session", second).getStatus());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        TestUser user = fixtures.user();
        Response wrongPassword = api.post("/api/auth/login", null, obj("email", user.email(), "password", "not-the-password"));
        Response unknownEmail = api.post("/api/auth/login", null, obj("email", Fixtures.unique("nobody") + "@example.test", "password", "not-the-password"));
        assertEquals(401, wrongPassword.getStatus());
        assertEquals(401, unknownEmail.getStatus());
        assertEquals("Bearer", wrongPassword.getHeaderString("WWW-Authenticate"));
        assertEquals(body(wrongPassword), body(unknownEmail));
    }

    @Test
    void loginValidatesItsFields() {
        Response missingPassword = api.post("/api/auth/login", null, obj("email", "a@example.test"));
        assertEquals(400, missingPassword.getStatus());
        assertEquals("password", body(missingPassword).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.post("/api/auth/login", null, obj("password", "x")).getStatus());
        assertEquals(400, api.post("/api/auth/login", null, null).getStatus());
        assertEquals(400, api.post("/api/auth/login", null, obj("email", "a".repeat(300), "password", "x")).getStatus());
        assertEquals(400, api.post("/api/auth/login", null, obj("email", "a@example.test", "password", "x",
                "organizationId", "not-a-uuid")).getStatus());
    }

    @Test
    void activeOrganizationIsTheRequestedOneElseTheOldestMembership() {
        TestUser user = fixtures.user();
        String older = fixtures.organization();
        String newer = fixtures.organization();
        fixtures.member(older, user, "Viewer");
        fixtures.member(newer, user, "Admin");

        JsonObject defaulted = body(api.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD)));
        assertEquals(older, defaulted.getString("organizationId"));

        JsonObject chosen = body(api.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD,
                "organizationId", newer)));
        assertEquals(newer, chosen.getString("organizationId"));

        Response notMine = api.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD,
                "organizationId", fixtures.organization()));
        assertEquals(404, notMine.getStatus());
    }

    @Test
    void sessionListsMembershipsAndSwitchesOrganization() {
        TestUser user = fixtures.user();
        String first = fixtures.organization();
        String second = fixtures.organization();
        fixtures.member(first, user, "Member");
        fixtures.member(second, user, "Admin");
        String token = fixtures.login(user, null);

        JsonObject session = body(api.get("/api/auth/session", token));
        assertEquals(first, session.getString("organizationId"));
        assertEquals(2, session.getJsonArray("memberships").size());
        assertEquals("Member", session.getJsonArray("memberships").getJsonObject(0).getString("role"));
        assertEquals(user.email(), session.getJsonObject("user").getString("email"));

        Response switched = api.put("/api/auth/session/organization", token, obj("organizationId", second));
        assertEquals(200, switched.getStatus());
        JsonObject answer = body(switched);
        assertEquals(second, answer.getString("organizationId"));
        assertEquals(2, answer.getJsonArray("memberships").size());
        // The audit: the session token was not rotated on organization switch.
        String rotated = answer.getString("token");
        assertNotEquals(token, rotated);
        assertTrue(switched.getHeaderString("Set-Cookie").startsWith("org_session=" + rotated));
        assertEquals(401, api.get("/api/auth/session", token).getStatus(), "the old token ended with the switch");
        JsonObject now = body(api.get("/api/auth/session", rotated));
        assertEquals(second, now.getString("organizationId"));
        assertEquals(session.getString("expiresAt"), now.getString("expiresAt"), "the session's lifetime is kept");

        assertEquals(404, api.put("/api/auth/session/organization", rotated, obj("organizationId", fixtures.organization())).getStatus());
        assertEquals(400, api.put("/api/auth/session/organization", rotated, obj("organizationId", "nope")).getStatus());
        assertEquals(401, api.put("/api/auth/session/organization", null, obj("organizationId", second)).getStatus());
    }

    @Test
    void logoutEndsTheTokenAtOnce() {
        String token = fixtures.login(fixtures.user(), null);
        Response logout = api.post("/api/auth/logout", token, null);
        assertEquals(204, logout.getStatus());
        assertTrue(logout.getHeaderString("Set-Cookie").contains("Max-Age=0"));
        assertEquals(401, api.get("/api/auth/session", token).getStatus());
        assertEquals(401, api.post("/api/auth/logout", token, null).getStatus());
    }

    @Test
    void idleSessionExpires() {
        String token = fixtures.login(fixtures.user(), null);
        fixtures.idleSession(token, Duration.ofHours(7));
        assertEquals(200, api.get("/api/auth/session", token).getStatus(), "7 hours idle is within PT8H");
        fixtures.idleSession(token, Duration.ofHours(8).plusMinutes(1));
        Response expired = api.get("/api/auth/session", token);
        assertEquals(401, expired.getStatus());
        assertEquals("Bearer", expired.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void sessionEndsAtItsAbsoluteExpiryEvenWhenActive() {
        String token = fixtures.login(fixtures.user(), null);
        fixtures.endSessionLifetime(token);
        assertEquals(401, api.get("/api/auth/session", token).getStatus());
    }

    @Test
    void sessionWorksAsCookieAndAsBearer() {
        String token = fixtures.login(fixtures.user(), null);
        assertEquals(200, api.request("/api/auth/session", null).header("Cookie", "org_session=" + token).get().getStatus());
        assertEquals(200, api.get("/api/auth/session", token).getStatus());
        assertEquals(401, api.request("/api/auth/session", null).header("Cookie", "org_session=orgs_forged").get().getStatus());
    }

    @Test
    void cookieRequestsThatChangeStateNeedXRequestedWith() {
        TestUser user = fixtures.user();
        String org = fixtures.organization();
        fixtures.member(org, user, "Member");
        String token = fixtures.login(user, null);
        Response forged = api.request("/api/auth/session/organization", null).header("Cookie", "org_session=" + token)
                .put(jakarta.ws.rs.client.Entity.json(obj("organizationId", org).toString()));
        assertEquals(403, forged.getStatus());
        assertTrue(body(forged).getString("detail").contains("X-Requested-With"));

        Response guarded = api.request("/api/auth/session/organization", null).header("Cookie", "org_session=" + token)
                .header("X-Requested-With", "fetch")
                .put(jakarta.ws.rs.client.Entity.json(obj("organizationId", org).toString()));
        assertEquals(200, guarded.getStatus());
        String rotated = body(guarded).getString("token");

        // Bearer requests are exempt: a browser never adds an Authorization header cross-site by itself.
        Response bearer = api.put("/api/auth/session/organization", rotated, obj("organizationId", org));
        assertEquals(200, bearer.getStatus());
        rotated = body(bearer).getString("token");
        // Reads by cookie need no header.
        assertEquals(200, api.request("/api/auth/session", null).header("Cookie", "org_session=" + rotated).get().getStatus());
    }

    @Test
    void repeatedFailuresForOneEmailAreThrottledBeforeThePasswordIsChecked() {
        TestUser user = fixtures.user();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, api.post("/api/auth/login", null, obj("email", user.email(), "password", "wrong-" + i)).getStatus());
        }
        Response fifth = api.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD));
        assertEquals(429, fifth.getStatus(), "the right password does not help this client inside the window");
        long retryAfter = Long.parseLong(fifth.getHeaderString("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("application/problem+json", fifth.getMediaType().toString());

        // Another email is not affected.
        TestUser other = fixtures.user();
        assertEquals(200, api.post("/api/auth/login", null, obj("email", other.email(), "password", Fixtures.PASSWORD)).getStatus());
        // The count is in the database, shared by every node.
        assertEquals(4, fixtures.count("SELECT failures FROM orgkit_throttle WHERE throttle_key LIKE ?",
                "login:" + user.email() + " from %"));
    }

    @Test
    void apiKeysAreNotAcceptedBySessionEndpoints() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String key = body(api.post("/api/organizations/api-keys", admin.token(), obj("name", "ci", "role", "Admin"))).getString("key");
        assertEquals(403, api.get("/api/auth/session", key).getStatus());
        assertEquals(403, api.post("/api/auth/logout", key, null).getStatus());
    }

    @Test
    void noSecretOrHashInSessionAnswers() {
        TestUser user = fixtures.user();
        String token = fixtures.login(user, null);
        String text = api.get("/api/auth/session", token).readEntity(String.class);
        assertFalse(text.contains(token));
        assertFalse(text.contains("$argon2"));
        assertFalse(text.contains(io.orgkit.impl.secret.SecretTokens.hash(token)));
    }
}
