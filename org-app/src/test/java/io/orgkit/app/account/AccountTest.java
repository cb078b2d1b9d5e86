package io.orgkit.app.account;

import java.util.List;
import java.util.UUID;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.InvitationFixtures;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/account}: the signed-in user's profile, password, sessions, organizations and invitations.
 */
@SharedServer
class AccountTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void theProfileShowsAndRenamesTheSignedInUser() {
        TestUser user = fixtures.user();
        String token = fixtures.login(user, null);
        JsonObject profile = body(api.get("/api/account", token));
        assertEquals(user.id(), profile.getString("id"));
        assertEquals(user.email(), profile.getString("email"));

        Response renamed = api.patch("/api/account", token, obj("name", "  Ada Lovelace "));
        assertEquals(200, renamed.getStatus());
        assertEquals("Ada Lovelace", body(renamed).getString("name"));
        assertEquals("Ada Lovelace", body(api.get("/api/account", token)).getString("name"));

        assertEquals(400, status(api.patch("/api/account", token, obj("name", " "))));
        assertEquals(400, status(api.patch("/api/account", token, obj("name", "Eve", "email", "eve@example.test"))),
                "the email is not changed here, and an unknown field is refused");
        assertEquals("Ada Lovelace", body(api.get("/api/account", token)).getString("name"));
    }

    @Test
    void theAccountNeedsASignedInUserNeverAnApiKey() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = body(api.post("/api/organizations/api-keys", admin.token(), obj("name", "bot", "role", "Admin")))
                .getString("key");
        for (String path : List.of("/api/account", "/api/account/organizations", "/api/account/sessions",
                "/api/account/invitations")) {
            Response anonymous = api.get(path, null);
            assertEquals(401, anonymous.getStatus(), path);
            assertEquals("Bearer", anonymous.getHeaderString("WWW-Authenticate"), path);
            anonymous.close();
            assertEquals(401, status(api.get(path, "orgs_" + "x".repeat(43))), path + " with an unknown session");
            assertEquals(403, status(api.get(path, key)), path + " with an API key");
        }
        assertEquals(403, status(api.put("/api/account/password", key,
                obj("currentPassword", Fixtures.PASSWORD, "newPassword", "another-password-1"))));
        assertEquals(401, status(api.put("/api/account/password", null,
                obj("currentPassword", Fixtures.PASSWORD, "newPassword", "another-password-1"))));
        assertEquals(403, status(api.patch("/api/account", key, obj("name", "Bot"))));
        assertEquals(401, status(api.patch("/api/account", null, obj("name", "Nobody"))));
        assertEquals(403, status(api.delete("/api/account/organizations/" + org, key)));
        assertEquals(401, status(api.delete("/api/account/organizations/" + org, null)));
        assertEquals(403, status(api.delete("/api/account/sessions", key)));
        assertEquals(401, status(api.delete("/api/account/sessions", null)));
        assertEquals(403, status(api.delete("/api/account/sessions/" + UUID.randomUUID(), key)));
        assertEquals(403, status(api.delete("/api/account/invitations/" + UUID.randomUUID(), key)));
        assertEquals(401, status(api.delete("/api/account/invitations/" + UUID.randomUUID(), null)));
        assertEquals(200, status(api.get("/api/organizations/me", admin.token())), "the organization is untouched");
    }

    @Test
    void aCookieRequestThatChangesTheAccountNeedsXRequestedWith() {
        TestUser user = fixtures.user();
        String browser = fixtures.login(user, null);
        String other = fixtures.login(user, null);
        Response forged = api.request("/api/account/sessions", null).header("Cookie", "org_session=" + browser)
                .delete();
        assertEquals(403, forged.getStatus(), "a cross-site form cannot end the user's sessions");
        forged.close();
        assertEquals(200, status(api.get("/api/account", other)));
        assertEquals(204, status(api.request("/api/account/sessions", null).header("Cookie", "org_session=" + browser)
                .header("X-Requested-With", "fetch").delete()));
        assertEquals(401, status(api.get("/api/account", other)));
    }

    @Test
    void twoLastAdminsLeavingAtOnceAlwaysLeaveOneAdmin() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String org = fixtures.organization();
                Member first = fixtures.memberWithSession(org, "Admin");
                Member second = fixtures.memberWithSession(org, "Admin");
                var barrier = new java.util.concurrent.CyclicBarrier(2);
                var a = pool.submit(() -> {
                    barrier.await();
                    return status(api.delete("/api/account/organizations/" + org, first.token()));
                });
                var b = pool.submit(() -> {
                    barrier.await();
                    return status(api.delete("/api/account/organizations/" + org, second.token()));
                });
                List<Integer> outcomes = java.util.stream.Stream.of(a.get(), b.get()).sorted().toList();
                assertEquals(List.of(204, 409), outcomes, "round " + round);
                assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? "
                        + "AND role_name = 'Admin'", org), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndNeedsTheCurrentOne() {
        TestUser user = fixtures.user();
        String here = fixtures.login(user, null);
        String elsewhere = fixtures.login(user, null);

        Response wrong = api.put("/api/account/password", here,
                obj("currentPassword", "not-the-password", "newPassword", "brand-new-password"));
        assertEquals(403, wrong.getStatus());
        wrong.close();
        assertEquals(400, status(api.put("/api/account/password", here,
                obj("currentPassword", Fixtures.PASSWORD, "newPassword", "short"))));
        assertEquals(200, status(api.get("/api/account", elsewhere)), "refused changes end nothing");

        assertEquals(204, status(api.put("/api/account/password", here,
                obj("currentPassword", Fixtures.PASSWORD, "newPassword", "brand-new-password"))));
        assertEquals(200, status(api.get("/api/account", here)), "the session that changed it stays");
        assertEquals(401, status(api.get("/api/account", elsewhere)), "every other session has ended");
        assertEquals(401, status(api.post("/api/auth/login", null, obj("email", user.email(), "password",
                Fixtures.PASSWORD))));
        assertEquals(200, status(api.post("/api/auth/login", null, obj("email", user.email(), "password",
                "brand-new-password"))));
    }

    @Test
    void wrongCurrentPasswordsAreThrottled() {
        TestUser user = fixtures.user();
        String token = fixtures.login(user, null);
        for (int i = 0; i < 5; i++) {
            assertEquals(403, status(api.put("/api/account/password", token,
                    obj("currentPassword", "guess-" + i, "newPassword", "brand-new-password"))));
        }
        Response throttled = api.put("/api/account/password", token,
                obj("currentPassword", Fixtures.PASSWORD, "newPassword", "brand-new-password"));
        assertEquals(429, throttled.getStatus(), "even the right password waits: guessing is stopped");
        assertTrue(Long.parseLong(throttled.getHeaderString("Retry-After")) > 0);
        throttled.close();
    }

    @Test
    void mySessionsAreListedWithTheCurrentOneMarkedAndEndOneByOne() {
        TestUser user = fixtures.user();
        Response login = api.request("/api/auth/login", null).header("User-Agent", "Firefox/140 (test)")
                .post(jakarta.ws.rs.client.Entity.json(obj("email", user.email(), "password", Fixtures.PASSWORD)
                        .toString()));
        assertEquals(200, login.getStatus());
        String browser = body(login).getString("token");
        String other = fixtures.login(user, null);
        String third = fixtures.login(user, null);

        JsonObject page = body(api.get("/api/account/sessions", browser));
        assertTrue(page.isNull("nextCursor"));
        var sessions = page.getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(3, sessions.size());
        List<JsonObject> current = sessions.stream().filter(s -> s.getBoolean("current")).toList();
        assertEquals(1, current.size());
        assertEquals("Firefox/140 (test)", current.getFirst().getString("userAgent"));
        assertFalse(page.toString().contains(browser), "tokens are never listed");

        String otherId = sessions.stream().filter(s -> !s.getBoolean("current")).findFirst().orElseThrow()
                .getString("id");
        assertEquals(204, status(api.delete("/api/account/sessions/" + otherId, browser)));
        assertEquals(2, body(api.get("/api/account/sessions", browser)).getJsonArray("data").size());
        assertEquals(404, status(api.delete("/api/account/sessions/" + otherId, browser)), "already ended");
        assertEquals(404, status(api.delete("/api/account/sessions/" + UUID.randomUUID(), browser)));
        assertEquals(404, status(api.delete("/api/account/sessions/not-an-id", browser)));

        TestUser stranger = fixtures.user();
        String strangers = fixtures.login(stranger, null);
        String strangersId = body(api.get("/api/account/sessions", strangers)).getJsonArray("data")
                .getJsonObject(0).getString("id");
        assertEquals(404, status(api.delete("/api/account/sessions/" + strangersId, browser)),
                "another user's session is answered as one that does not exist");
        assertEquals(200, status(api.get("/api/account", strangers)));

        assertEquals(204, status(api.delete("/api/account/sessions", browser)));
        assertEquals(401, status(api.get("/api/account", other)));
        assertEquals(401, status(api.get("/api/account", third)));
        assertEquals(200, status(api.get("/api/account", browser)), "the calling session stays");
    }

    @Test
    void myOrganizationsListMyRoleAndILeaveOneUnlessIAmItsLastAdmin() {
        TestUser user = fixtures.user();
        String shared = fixtures.organization();
        String mine = fixtures.organization();
        String other = fixtures.organization();
        fixtures.member(shared, user, "Member");
        fixtures.member(mine, user, "Admin");
        Member otherAdmin = fixtures.memberWithSession(shared, "Admin");
        String token = fixtures.login(user, shared);

        var organizations = body(api.get("/api/account/organizations", token)).getJsonArray("data")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(shared, mine), organizations.stream().map(o -> o.getString("organizationId")).toList());
        assertEquals("Member", organizations.get(0).getString("role"));
        assertTrue(organizations.get(0).getBoolean("active"));
        assertEquals("Admin", organizations.get(1).getString("role"));
        assertFalse(organizations.get(1).getBoolean("active"));

        Response lastAdmin = api.delete("/api/account/organizations/" + mine, token);
        assertEquals(409, lastAdmin.getStatus());
        assertTrue(body(lastAdmin).getString("detail").contains("last Admin"));
        assertEquals(404, status(api.delete("/api/account/organizations/" + other, token)), "not a member");
        assertEquals(404, status(api.delete("/api/account/organizations/" + UUID.randomUUID(), token)));

        assertEquals(204, status(api.delete("/api/account/organizations/" + shared, token)));
        assertEquals(List.of(mine), body(api.get("/api/account/organizations", token)).getJsonArray("data")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("organizationId")).toList());
        assertEquals(404, status(api.get("/api/organizations/me", token)), "the session lost the organization");
        assertEquals(1, body(api.get("/api/organizations/members", otherAdmin.token())).getJsonArray("data").size());
        assertEquals(404, status(api.delete("/api/account/organizations/" + shared, token)), "already left");
    }

    @Test
    void iSeeAndDeclineTheInvitationsToMyEmail() {
        TestUser user = fixtures.user();
        String token = fixtures.login(user, null);
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String invitationId = invitations.issue(org, user.email(), "Viewer").id();
        invitations.issue(fixtures.organization(), "someone-else-" + UUID.randomUUID() + "@example.test", "Member");

        var pending = body(api.get("/api/account/invitations", token)).getJsonArray("data")
                .getValuesAs(JsonObject.class);
        assertEquals(1, pending.size());
        assertEquals(invitationId, pending.getFirst().getString("id"));
        assertEquals(org, pending.getFirst().getJsonObject("organization").getString("id"));
        assertEquals("Viewer", pending.getFirst().getString("role"));
        assertFalse(pending.getFirst().containsKey("token"));

        TestUser stranger = fixtures.user();
        assertEquals(404, status(api.delete("/api/account/invitations/" + invitationId,
                fixtures.login(stranger, null))), "an invitation to another email is not mine to decline");
        assertEquals(204, status(api.delete("/api/account/invitations/" + invitationId, token)));
        assertEquals(0, body(api.get("/api/account/invitations", token)).getJsonArray("data").size());
        assertEquals("declined", body(api.get("/api/organizations/invitations/" + invitationId, admin.token()))
                .getString("status"));
        assertEquals(404, status(api.delete("/api/account/invitations/" + invitationId, token)));
    }
}
