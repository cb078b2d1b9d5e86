package io.orgkit.app.invitation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.invitation.InvitationSettings;
import io.orgkit.impl.mail.MailDispatcher;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
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

/**
 * The invitation endpoints' rules: who may call what, validation, conflicts, lists, revoke, lookup and accept.
 */
@SharedServer
class InvitationsApiTest {
    private static final String BASE = "/api/organizations/invitations";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    @Inject
    MailDispatcher dispatcher;
    @Inject
    InvitationSettings settings;
    Api api;
    String ip;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        ip = InvitationFixtures.clientIp();
    }


    private String apiKey(String org, Fixtures.Member admin, String role) {
        Response created = api.post("/api/organizations/api-keys", admin.token(), obj("name", "k", "role", role));
        assertEquals(201, created.getStatus());
        return body(created).getString("key");
    }

    private String invite(String token, String email) {
        Response created = api.post(BASE, token, obj("email", email));
        assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        return body(created).getString("id");
    }

    private static String email() {
        return Fixtures.unique("inv") + "@example.test";
    }

    // ---- create

    // The audit: emails with a no-break space or fullwidth letters passed the email check.
    @Test
    void lookAlikeEmailsAreRefused() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        for (String email : List.of("nbsp\u00a0user@example.test", "\uff55ser@example.test", "us\u0435r@example.test",
                "Boss <boss@example.test>")) {
            Response refused = api.post("/api/organizations/invitations", member.token(), obj("email", email));
            assertEquals(400, refused.getStatus(), email);
            assertEquals("email", body(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));
    }

    // The audit: {"role":"Viewer","role":"Admin"} made an Admin invitation (the last member named won).
    @Test
    void aMemberNamedTwiceIsRefusedNotTheLastOneTaken() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        Response twice = api.post("/api/organizations/invitations", member.token(), "{\"email\":\""
                + Fixtures.unique("twice") + "@example.test\",\"role\":\"Viewer\",\"role\":\"Admin\"}");
        assertEquals(400, twice.getStatus());
        assertEquals("body", body(twice).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));
    }

    @Test
    void memberInvitesWithTheDefaultRoleAndSeesThePendingInvitation() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        String email = email();
        Response created = api.post(BASE, member.token(), obj("email", email.toUpperCase()));
        assertEquals(201, created.getStatus());
        JsonObject invitation = body(created);
        assertTrue(created.getHeaderString("Location").endsWith(BASE + "/" + invitation.getString("id")));
        assertEquals(email, invitation.getString("email"));
        assertEquals("Member", invitation.getString("role"));
        assertEquals("pending", invitation.getString("status"));
        assertEquals(member.user().email(), invitation.getString("invitedBy"));
        assertEquals(1, invitation.getInt("sendCount"));
        assertEquals(invitation.getString("createdAt"), invitation.getString("lastSentAt"));
        assertTrue(invitation.getString("expiresAt").compareTo(invitation.getString("createdAt")) > 0);
        assertFalse(invitation.containsKey("token") || invitation.containsKey("tokenHash"));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_mail_outbox WHERE invitation_id = ?",
                invitation.getString("id")), "the email is queued with the invitation");
    }

    @Test
    void apiKeyWithUsersInviteCanInvite() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String key = apiKey(org, admin, "Member");
        Response created = api.post(BASE, key, obj("email", email(), "role", "Viewer"));
        assertEquals(201, created.getStatus());
        assertTrue(body(created).getString("invitedBy").startsWith("API key"));
    }

    @Test
    void cannotInviteToARoleWithPermissionsTheCallerLacks() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        Response response = api.post(BASE, member.token(), obj("email", email(), "role", "Admin"));
        assertEquals(403, response.getStatus());
        JsonArray missing = body(response).getJsonArray("missingPermissions");
        assertTrue(missing.toString().contains("users.delete"), missing.toString());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));
    }

    @Test
    void invitingNeedsUsersInvite() {
        String org = fixtures.organization();
        Fixtures.Member viewer = fixtures.memberWithSession(org, "Viewer");
        Response response = api.post(BASE, viewer.token(), obj("email", email()));
        assertEquals(403, response.getStatus());
        assertTrue(body(response).getJsonArray("missingPermissions").toString().contains("users.invite"));
    }

    @Test
    void everyEndpointNeedsCredentials() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String id = invite(admin.token(), email());
        assertEquals(401, api.get(BASE, null).getStatus());
        assertEquals(401, api.post(BASE, null, obj("email", email())).getStatus());
        assertEquals(401, api.post(BASE + "/" + id, null, null).getStatus());
        assertEquals(401, api.delete(BASE + "/" + id, null).getStatus());
        assertEquals(401, api.get(BASE, "orgs_not-a-real-session-token-at-all-000000000000").getStatus());
        Response bad = api.post(BASE, "orgk_not-a-real-key-000000000000000000000000000000", obj("email", email()));
        assertEquals(401, bad.getStatus());
        assertEquals("Bearer", bad.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void invalidInvitationsAreRefusedByField() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        assertEquals(400, api.post(BASE, admin.token(), obj("role", "Member")).getStatus());
        assertEquals(400, api.post(BASE, admin.token(), obj("email", "not-an-email")).getStatus());
        assertEquals(400, api.post(BASE, admin.token(), obj("email", "a".repeat(250) + "@example.test")).getStatus());
        assertEquals(400, api.post(BASE, admin.token(), obj("email", email(), "role", "r".repeat(65))).getStatus());
        assertEquals(400, api.post(BASE, admin.token(), obj("email", email(), "extra", "x")).getStatus());
        assertEquals(400, api.post(BASE, admin.token(), "{not json").getStatus());
        assertEquals(400, api.post(BASE, admin.token(), null).getStatus());
        Response unknownRole = api.post(BASE, admin.token(), obj("email", email(), "role", "Nonexistent"));
        assertEquals(422, unknownRole.getStatus());
        assertEquals("role", body(unknownRole).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));
    }

    @Test
    void orgRolesCanBeInvitedToByName() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        fixtures.orgRole(org, "Auditor", "users.read");
        Response created = api.post(BASE, admin.token(), obj("email", email(), "role", "auditor"));
        assertEquals(201, created.getStatus());
        assertEquals("Auditor", body(created).getString("role"));
    }

    @Test
    void invitingAMemberOrAPendingEmailConflicts() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.Member other = fixtures.memberWithSession(org, "Viewer");
        assertEquals(409, api.post(BASE, admin.token(), obj("email", other.user().email())).getStatus());
        String email = email();
        invite(admin.token(), email);
        assertEquals(409, api.post(BASE, admin.token(), obj("email", email.toUpperCase())).getStatus());
        // The same email may be invited by another organization.
        String otherOrg = fixtures.organization();
        Fixtures.Member otherAdmin = fixtures.memberWithSession(otherOrg, "Admin");
        invite(otherAdmin.token(), email);
    }

    @Test
    void anExpiredInvitationFreesTheEmailForANewOne() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String email = email();
        String first = invite(admin.token(), email);
        invitations.expire(first);
        String second = invite(admin.token(), email);
        JsonObject expired = body(api.get(BASE + "?status=expired", admin.token()));
        assertEquals(1, expired.getJsonArray("data").size());
        assertEquals(first, expired.getJsonArray("data").getJsonObject(0).getString("id"));
        JsonObject pending = body(api.get(BASE + "?status=pending", admin.token()));
        assertEquals(second, pending.getJsonArray("data").getJsonObject(0).getString("id"));
    }

    @Test
    void withoutAnSmtpServerTheEmailIsLoggedAndMarkedSent() throws Exception {
        String org = fixtures.organization();
        InvitationFixtures.Issued issued = invitations.issue(org, email(), "Member");
        // This server's own dispatcher, asked for a round now instead of waited for (it runs every 2 s here).
        long deadline = System.currentTimeMillis() + 15_000;
        while (!"SENT".equals(invitations.outboxRows(issued.id()).getFirst()[0]) && System.currentTimeMillis() < deadline) {
            if (dispatcher.dispatchOnce() == 0) {
                Thread.sleep(100); // the scheduled round has the row claimed
            }
        }
        Object[] row = invitations.outboxRows(issued.id()).getFirst();
        assertEquals("SENT", row[0]);
        assertEquals(1, ((Number) row[1]).intValue());
        assertEquals("", row[3], "the body, and the token in it, is not kept once sent");
    }

    // ---- list

    @Test
    void listIsKeysetPagedAndFilteredByStatus() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            ids.add(invite(admin.token(), email()));
        }
        String revoked = ids.iterator().next();
        assertEquals(204, api.delete(BASE + "/" + revoked, admin.token()).getStatus());

        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonObject page = body(api.get(BASE + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin.token()));
            page.getJsonArray("data").forEach(item -> seen.add(item.asJsonObject().getString("id")));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(ids, seen);
        assertEquals(3, pages);

        JsonArray revokedOnly = body(api.get(BASE + "?status=revoked", admin.token())).getJsonArray("data");
        assertEquals(1, revokedOnly.size());
        assertEquals("revoked", revokedOnly.getJsonObject(0).getString("status"));
        assertEquals(4, body(api.get(BASE + "?status=pending", admin.token())).getJsonArray("data").size());
        assertEquals(0, body(api.get(BASE + "?status=accepted", admin.token())).getJsonArray("data").size());
    }

    @Test
    void listRefusesBadParametersAndOtherOrganizationsSeeNothing() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        invite(admin.token(), email());
        assertEquals(400, api.get(BASE + "?status=sent", admin.token()).getStatus());
        assertEquals(400, api.get(BASE + "?limit=0", admin.token()).getStatus());
        assertEquals(400, api.get(BASE + "?limit=101", admin.token()).getStatus());
        assertEquals(400, api.get(BASE + "?cursor=garbage", admin.token()).getStatus());
        String otherOrg = fixtures.organization();
        Fixtures.Member viewer = fixtures.memberWithSession(otherOrg, "Viewer");
        Response list = api.get(BASE, viewer.token());
        assertEquals(200, list.getStatus(), "Viewer holds users.read");
        assertEquals(0, body(list).getJsonArray("data").size());
    }

    @Test
    void listNeedsUsersRead() {
        String org = fixtures.organization();
        fixtures.orgRole(org, "Nobody");
        Fixtures.Member nobody = fixtures.memberWithSession(org, "Nobody");
        Response response = api.get(BASE, nobody.token());
        assertEquals(403, response.getStatus());
        assertTrue(body(response).getJsonArray("missingPermissions").toString().contains("users.read"));
    }

    @Test
    void sessionWithoutAnActiveOrganizationGets404() {
        Fixtures.TestUser loner = fixtures.user();
        String token = fixtures.login(loner, null);
        assertEquals(404, api.get(BASE, token).getStatus());
        assertEquals(404, api.post(BASE, token, obj("email", email())).getStatus());
    }

    // ---- resend and revoke

    @Test
    void resendAndRevokeAnswer404ForUnknownMalformedAndOtherOrganizationsIds() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String otherOrg = fixtures.organization();
        Fixtures.Member otherAdmin = fixtures.memberWithSession(otherOrg, "Admin");
        String foreign = invite(otherAdmin.token(), email());
        for (String id : new String[] {foreign, "01a22398-7ded-7f21-b88a-410f76a01011", "not-a-uuid"}) {
            assertEquals(404, api.post(BASE + "/" + id, admin.token(), null).getStatus(), id);
            assertEquals(404, api.delete(BASE + "/" + id, admin.token()).getStatus(), id);
        }
        assertEquals("pending", body(api.get(BASE, otherAdmin.token())).getJsonArray("data").getJsonObject(0).getString("status"));
    }

    @Test
    void resendAndRevokeNeedUsersInviteAndTheRoleWithinTheCaller() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.Member viewer = fixtures.memberWithSession(org, "Viewer");
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        String adminInvite = body(api.post(BASE, admin.token(), obj("email", email(), "role", "Admin"))).getString("id");
        invitations.sentLongAgo(adminInvite);
        assertEquals(403, api.post(BASE + "/" + adminInvite, viewer.token(), null).getStatus());
        assertEquals(403, api.delete(BASE + "/" + adminInvite, viewer.token()).getStatus());
        Response escalation = api.post(BASE + "/" + adminInvite, member.token(), null);
        assertEquals(403, escalation.getStatus());
        assertTrue(body(escalation).getJsonArray("missingPermissions").toString().contains("roles.delete"));
        assertEquals(403, api.delete(BASE + "/" + adminInvite, member.token()).getStatus());
        String memberInvite = invite(member.token(), email());
        assertEquals(204, api.delete(BASE + "/" + memberInvite, member.token()).getStatus());
    }

    @Test
    void resendGivesAFreshExpiryAndCountsTheSend() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String email = email();
        InvitationFixtures.Issued issued = invitations.issue(org, email, "Member");
        invitations.sentLongAgo(issued.id());
        Response resent = api.post(BASE + "/" + issued.id(), admin.token(), null);
        assertEquals(200, resent.getStatus());
        JsonObject invitation = body(resent);
        assertEquals(2, invitation.getInt("sendCount"));
        assertEquals("pending", invitation.getString("status"));
        assertEquals(2, fixtures.count("SELECT COUNT(*) FROM orgkit_mail_outbox WHERE invitation_id = ?", issued.id()));
        assertEquals(410, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", issued.token())).getStatus());
        Response tooSoon = api.post(BASE + "/" + issued.id(), admin.token(), null);
        assertEquals(429, tooSoon.getStatus());
        assertNotNull(tooSoon.getHeaderString("Retry-After"));
    }

    @Test
    void onlyPendingInvitationsCanBeResentOrRevoked() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String id = invite(admin.token(), email());
        assertEquals(204, api.delete(BASE + "/" + id, admin.token()).getStatus());
        assertEquals(409, api.delete(BASE + "/" + id, admin.token()).getStatus());
        invitations.sentLongAgo(id);
        assertEquals(409, api.post(BASE + "/" + id, admin.token(), null).getStatus());

        String expired = invite(admin.token(), email());
        invitations.expire(expired);
        invitations.sentLongAgo(expired);
        assertEquals(409, api.post(BASE + "/" + expired, admin.token(), null).getStatus());
        assertEquals(409, api.delete(BASE + "/" + expired, admin.token()).getStatus());
    }

    @Test
    void revokedTokenIsGoneAndItsUnsentEmailCancelled() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        InvitationFixtures.Issued issued = invitations.issue(org, email(), "Viewer");
        assertEquals(204, api.delete(BASE + "/" + issued.id(), admin.token()).getStatus());
        assertEquals(410, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", issued.token())).getStatus());
        assertEquals(410, api.postFrom(ip, "/api/invitations/accept", null,
                obj("token", issued.token(), "name", "N", "password", "long-enough-1")).getStatus());
        Object status = invitations.outboxRows(issued.id()).getFirst()[0];
        assertTrue("CANCELLED".equals(status) || "SENT".equals(status), String.valueOf(status));
    }

    // ---- lookup and accept

    @Test
    void lookupShowsTheInvitationToItsTokenHolder() {
        String org = fixtures.organization();
        String email = email();
        InvitationFixtures.Issued issued = invitations.issue(org, email, "Viewer");
        Response response = api.postFrom(ip, "/api/invitations/lookup", null, obj("token", issued.token()));
        assertEquals(200, response.getStatus());
        JsonObject lookup = body(response);
        assertEquals(org, lookup.getJsonObject("organization").getString("id"));
        assertTrue(lookup.getJsonObject("organization").isNull("logo"));
        assertEquals(email, lookup.getString("email"));
        assertEquals("Viewer", lookup.getString("role"));
        assertEquals("Test Inviter", lookup.getString("invitedBy"));
        assertNotNull(lookup.getString("expiresAt"));
    }

    @Test
    void unknownExpiredAndMissingTokens() {
        String org = fixtures.organization();
        InvitationFixtures.Issued issued = invitations.issue(org, email(), "Viewer");
        invitations.expire(issued.id());
        assertEquals(410, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", issued.token())).getStatus());
        assertEquals(410, api.postFrom(ip, "/api/invitations/accept", null, obj("token", issued.token(), "name", "N", "password", "long-enough-1")).getStatus());
        assertEquals(404, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", "orgi_" + "x".repeat(43))).getStatus());
        assertEquals(404, api.postFrom(ip, "/api/invitations/accept", null, obj("token", "something-else")).getStatus());
        assertEquals(400, api.postFrom(ip, "/api/invitations/lookup", null, obj()).getStatus());
        assertEquals(400, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", "t".repeat(300))).getStatus());
        assertEquals(400, api.postFrom(ip, "/api/invitations/accept", null, obj("name", "x")).getStatus());
        assertEquals(400, api.postFrom(ip, "/api/invitations/accept", null, obj("token", 5, "nope", true)).getStatus());
    }

    @Test
    void newUserMustGiveAValidNameAndPassword() {
        String org = fixtures.organization();
        String email = email();
        InvitationFixtures.Issued issued = invitations.issue(org, email, "Member");
        assertEquals(400, api.postFrom(ip, "/api/invitations/accept", null, obj("token", issued.token())).getStatus());
        assertEquals(400, api.postFrom(ip, "/api/invitations/accept", null, obj("token", issued.token(), "name", "N", "password", "short")).getStatus());
        assertEquals(400, api.postFrom(ip, "/api/invitations/accept", null, obj("token", issued.token(), "password", "long-enough-1")).getStatus());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE email = ?", email));
        assertEquals(200, api.postFrom(ip, "/api/invitations/accept", null, obj("token", issued.token(), "name", "N", "password", "long-enough-1")).getStatus());
    }

    @Test
    void existingUserMustAcceptWithItsOwnSession() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.TestUser invitee = fixtures.user();
        Fixtures.TestUser stranger = fixtures.user();
        InvitationFixtures.Issued issued = invitations.issue(org, invitee.email(), "Viewer");
        String key = apiKey(org, admin, "Viewer");

        Response anonymous = api.postFrom(ip, "/api/invitations/accept", null, obj("token", issued.token(), "name", "N", "password", "long-enough-1"));
        assertEquals(401, anonymous.getStatus());
        assertEquals(403, api.postFrom(ip, "/api/invitations/accept", fixtures.login(stranger, null), obj("token", issued.token())).getStatus());
        assertEquals(403, api.postFrom(ip, "/api/invitations/accept", key, obj("token", issued.token())).getStatus());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND user_id = ?", org, invitee.id()));

        Response accepted = api.postFrom(ip, "/api/invitations/accept", fixtures.login(invitee, null), obj("token", issued.token()));
        assertEquals(200, accepted.getStatus());
        JsonObject membership = body(accepted).getJsonObject("membership");
        assertEquals("Viewer", membership.getString("role"));
        assertEquals(org, membership.getString("organizationId"));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND user_id = ?", org, invitee.id()));
        JsonObject listed = body(api.get(BASE + "?status=accepted", admin.token())).getJsonArray("data").getJsonObject(0);
        assertEquals(issued.id(), listed.getString("id"));
    }

    @Test
    void aCookieSessionAcceptsWithTheCsrfHeader() {
        String org = fixtures.organization();
        Fixtures.TestUser invitee = fixtures.user();
        InvitationFixtures.Issued issued = invitations.issue(org, invitee.email(), "Member");
        String session = fixtures.login(invitee, null);
        Response withoutHeader = api.request("/api/invitations/accept", null).header("X-Forwarded-For", ip)
                .cookie("org_session", session).post(Entity.json(obj("token", issued.token()).toString()));
        // The session layer refuses a cookie without the CSRF header on a state-changing request: 403, as everywhere.
        assertEquals(403, withoutHeader.getStatus());
        assertTrue(body(withoutHeader).getString("detail").contains("X-Requested-With"));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ?", org));
        Response withHeader = api.request("/api/invitations/accept", null).header("X-Forwarded-For", ip)
                .header("X-Requested-With", "test").cookie("org_session", session)
                .post(Entity.json(obj("token", issued.token()).toString()));
        assertEquals(200, withHeader.getStatus());
    }

    @Test
    void manyUnknownTokensFromOneClientAreThrottled() {
        String org = fixtures.organization();
        InvitationFixtures.Issued issued = invitations.issue(org, email(), "Member");
        for (int i = 0; i < settings.tokenMaxFailures(); i++) {
            assertEquals(404, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", "orgi_guess" + i)).getStatus());
        }
        Response throttled = api.postFrom(ip, "/api/invitations/lookup", null, obj("token", issued.token()));
        assertEquals(429, throttled.getStatus());
        assertTrue(Long.parseLong(throttled.getHeaderString("Retry-After")) > 0);
        assertEquals(429, api.postFrom(ip, "/api/invitations/accept", null, obj("token", "orgi_guess")).getStatus());
        ip = InvitationFixtures.clientIp();
        assertEquals(200, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", issued.token())).getStatus(),
                "another client is not affected");
    }
}
