package io.orgkit.app.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.AuditFixtures;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.OidcProvider;
import io.orgkit.impl.kernel.AuditEventEntity;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bearer tokens of the host's identity provider, a real OpenID Connect server started for this class, beside
 * sessions and API keys: the token says who, the module's memberships and roles say what.
 */
@HelidonTest
class IdentityTokenTest {
    @RegisterExtension
    static final OidcProvider PROVIDER = new OidcProvider();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    @Inject
    AuditFixtures audit;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    private Response get(String path, String token, String organization) {
        var request = api.request(path, token);
        if (organization != null) {
            request = request.header("X-Organization-Id", organization);
        }
        return request.get();
    }

    @Test
    void aValidTokenIsItsUserWithTheModulesRoleInTheOrganizationItNames() {
        String org = fixtures.organization();
        String other = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Viewer");
        fixtures.member(other, member.user(), "Admin");
        String token = PROVIDER.token("subject-" + UUID.randomUUID(), member.user().email().toUpperCase());

        JsonObject profile = body(get("/api/account", token, null));
        assertEquals(member.user().id(), profile.getString("id"), "linked by its verified email");

        JsonObject permissions = body(get("/api/organizations/me/permissions", token, org));
        assertEquals("Viewer", permissions.getString("role"));
        assertEquals(403, status(api.request("/api/organizations/roles", token).header("X-Organization-Id", org)
                .post(jakarta.ws.rs.client.Entity.json("{\"name\":\"Ops\",\"permissions\":[\"users.read\"]}"))),
                "permissions still come from the module's roles: a Viewer creates no role");
        assertEquals("Admin", body(get("/api/organizations/me/permissions", token, other)).getString("role"));
        assertEquals(org, body(get("/api/organizations/me", token, null)).getString("id"),
                "without a header or claim: the oldest membership, as a login chooses");
        assertEquals(200, status(api.get("/api/account", member.token())), "the user's session works beside it");
    }

    @Test
    void theSameSubjectStaysLinkedAndTheOrganizationMayComeFromAClaim() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Member");
        String subject = "subject-" + UUID.randomUUID();
        assertEquals(200, status(get("/api/account", PROVIDER.token(subject, member.user().email()), null)));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_user_identity WHERE subject = ? AND user_id = ?",
                subject, member.user().id()));

        String claimed = PROVIDER.token(OidcProvider.ISSUER_ID, subject, OidcProvider.AUDIENCE,
                Map.of("email", member.user().email(), "email_verified", true, "org_id", org), 3600);
        assertEquals(org, body(get("/api/organizations/me", claimed, null)).getString("id"));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_user_identity WHERE subject = ?", subject),
                "linked once");
        List<AuditEventEntity> linked = audit.ofTarget("user.identity_linked", member.user().id());
        assertEquals(1, linked.size(), "the link is audited once");
        assertNull(linked.getFirst().organizationId(), "a platform event");
        assertEquals("user", linked.getFirst().actorType());
        assertEquals(member.user().id(), linked.getFirst().actorId());
        assertTrue(linked.getFirst().changes().contains(subject), linked.getFirst().changes());
        assertFalse(linked.getFirst().changes().contains("\"email\""), "an existing user was not created");
    }

    @Test
    void aMemberOfOneOrganizationChoosingAnotherIsRefused() {
        String org = fixtures.organization();
        String foreign = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Admin");
        String token = PROVIDER.token("subject-" + UUID.randomUUID(), member.user().email());
        assertEquals(403, status(get("/api/organizations/me", token, foreign)));
        assertEquals(403, status(get("/api/organizations/members", token, foreign)));
        assertEquals(403, status(get("/api/organizations/me", token, UUID.randomUUID().toString())));
        assertEquals(403, status(get("/api/organizations/me", token, "not-an-id")));
        String claimed = PROVIDER.token(OidcProvider.ISSUER_ID, "subject-" + UUID.randomUUID(), OidcProvider.AUDIENCE,
                Map.of("email", member.user().email(), "email_verified", true, "org_id", foreign), 3600);
        assertEquals(403, status(get("/api/organizations/me", claimed, null)), "a claim is no better than the header");
        assertEquals(200, status(get("/api/organizations/me", token, org)));
    }

    @Test
    void aSuspendedOrganizationRefusesIdentityTokensWithItsTypeAndADeletedOneIsGone() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Admin");
        String token = PROVIDER.token("subject-" + UUID.randomUUID(), member.user().email());
        fixtures.update("UPDATE orgkit_organization SET suspended_at = created_at WHERE id = ?", org);
        Response suspended = get("/api/organizations/me", token, org);
        assertEquals(403, suspended.getStatus());
        assertEquals("urn:orgkit:problem:organization-suspended", body(suspended).getString("type"));
        fixtures.update("UPDATE orgkit_organization SET suspended_at = NULL, deleted_at = created_at WHERE id = ?", org);
        assertEquals(403, status(get("/api/organizations/me", token, org)), "as for an organization it is not in");
        assertEquals(200, status(get("/api/account", token, null)), "the token itself still works");
    }

    @Test
    void tokensThatFailAnyCheckAre401() {
        TestUser user = fixtures.user();
        String email = user.email();
        Map<String, Object> verified = Map.of("email", email, "email_verified", true);
        String subject = "subject-" + UUID.randomUUID();

        assertEquals(401, status(api.get("/api/account", PROVIDER.token(OidcProvider.ISSUER_ID, subject,
                OidcProvider.AUDIENCE, verified, -3600))), "expired");
        assertEquals(401, status(api.get("/api/account", PROVIDER.token("another-issuer", subject,
                OidcProvider.AUDIENCE, verified, 3600))), "another issuer");
        assertEquals(401, status(api.get("/api/account", PROVIDER.token(OidcProvider.ISSUER_ID, subject,
                "another-audience", verified, 3600))), "another audience");
        assertEquals(401, status(api.get("/api/account", PROVIDER.token(OidcProvider.ISSUER_ID, subject,
                OidcProvider.AUDIENCE, Map.of("email", email, "email_verified", false), 3600))), "unverified email");
        assertEquals(401, status(api.get("/api/account", PROVIDER.token(OidcProvider.ISSUER_ID, subject,
                OidcProvider.AUDIENCE, Map.of("email", email), 3600))), "no email_verified claim");

        String valid = PROVIDER.token(subject, email);
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(email, "someone-else@example.test");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, status(api.get("/api/account", tampered)), "a signature that does not match");

        String unsecured = new PlainJWT(new JWTClaimsSet.Builder().issuer(PROVIDER.issuer()).subject(subject)
                .audience(OidcProvider.AUDIENCE).expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
                .claim("email", email).claim("email_verified", true).build()).serialize();
        assertTrue(unsecured.startsWith("eyJ"));
        Response none = api.get("/api/account", unsecured);
        assertEquals(401, none.getStatus(), "alg: none");
        assertEquals("Bearer", none.getHeaderString("WWW-Authenticate"));
        none.close();

        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_user_identity WHERE subject = ?", subject),
                "no refused token linked anything");
        assertEquals(200, status(api.get("/api/account", valid)), "while the untampered token is fine");
    }

    @Test
    void anUnknownEmailIsRefusedUnlessInvitedAndTheInvitedUserStartsWithoutMembership() {
        String stranger = Fixtures.unique("stranger") + "@example.test";
        assertEquals(401, status(api.get("/api/account", PROVIDER.token("subject-" + UUID.randomUUID(), stranger))),
                "users are not created on first sight unless the setting allows it");
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE email = ?", stranger));

        String invitee = Fixtures.unique("invitee") + "@example.test";
        String org = fixtures.organization();
        InvitationFixtures.Issued invitation = invitations.issue(org, invitee, "Member");
        String token = PROVIDER.token("subject-" + UUID.randomUUID(), invitee);
        JsonObject created = body(api.get("/api/account", token));
        assertEquals(invitee, created.getString("email"));
        List<AuditEventEntity> linked = audit.ofTarget("user.identity_linked", created.getString("id"));
        assertEquals(1, linked.size());
        assertTrue(linked.getFirst().changes().contains(invitee), "the user created just in time: "
                + linked.getFirst().changes());
        assertEquals(0, body(api.get("/api/account/organizations", token)).getJsonArray("data").size(),
                "no membership until the invitation is accepted");
        assertEquals(404, status(api.get("/api/organizations/me", token)));
        assertEquals(403, status(get("/api/organizations/me", token, org)));
        assertEquals(1, body(api.get("/api/account/invitations", token)).getJsonArray("data").size());

        assertEquals(200, status(api.post("/api/invitations/accept", token, obj("token", invitation.token()))));
        assertEquals("Member", body(get("/api/organizations/me/permissions", token, org)).getString("role"));
    }

    @Test
    void aTokenActsLikeASessionWhereTheUserIsAsked() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String token = PROVIDER.token("subject-" + UUID.randomUUID(), admin.user().email());
        assertEquals(200, status(api.get("/api/account/sessions", token)));
        assertEquals(403, status(api.get("/api/auth/session", token)), "not a session of the module");
        Response key = api.request("/api/organizations/api-keys", token).header("X-Organization-Id", org)
                .post(jakarta.ws.rs.client.Entity.json(obj("name", "ci", "role", "Member").toString()));
        assertEquals(201, key.getStatus(), "an Admin signed in with the provider creates keys");
        key.close();
        assertEquals(204, status(api.delete("/api/account/sessions", token)), "ends every session of the user");
        assertEquals(401, status(api.get("/api/account", admin.token())));
        assertEquals(200, status(api.get("/api/account", token)), "the token is not a session, it still works");
    }
}
