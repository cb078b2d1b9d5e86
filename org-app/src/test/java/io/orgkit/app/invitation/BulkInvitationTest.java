package io.orgkit.app.invitation;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SmtpServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk invitations (a result per entry, each entry its own transaction, quotas and the member limit per entry) and
 * the invitation options: a redirect from the allow-list, metadata carried into the membership, and link-only
 * invitations for hosts that send their own mail.
 */
@HelidonTest
@AddConfig(key = "org.invitations.max-sends-per-inviter", value = "4")
@AddConfig(key = "org.invitations.redirect-allow-list",
        value = "https://app.example.test/welcome,https://other.example.test")
class BulkInvitationTest {
    private static final String BASE = "/api/organizations/invitations";
    private static final String BULK = BASE + "/bulk";

    static final SmtpServer SMTP = SmtpServer.shared();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    Api api;
    String ip;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        ip = InvitationFixtures.clientIp();
    }

    private static String email() {
        return Fixtures.unique("bulk") + "@example.test";
    }

    private static JsonObject bulk(JsonObject... entries) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject entry : entries) {
            array.add(entry);
        }
        return obj("invitations", array.build());
    }

    private static List<String> results(Response response) {
        return results(body(response));
    }

    private static List<String> results(JsonObject answer) {
        return answer.getJsonArray("results").stream()
                .map(result -> result.asJsonObject().getString("result")).toList();
    }

    private long invitationsOf(String org) {
        return fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org);
    }

    @Test
    void eachEntryGetsItsOwnResultAndTheCreatedOnesAreEmailed() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        String pending = email();
        assertEquals(201, api.post(BASE, admin.token(), obj("email", pending)).getStatus());
        String first = email();
        String second = email();

        Response response = api.post(BULK, admin.token(), bulk(obj("email", first),
                obj("email", member.user().email()), obj("email", pending.toUpperCase()), obj("email", "someone@localhost"),
                obj("email", second, "role", "Viewer"), obj("email", email(), "role", "NoSuchRole")));
        assertEquals(200, response.getStatus(), () -> response.readEntity(String.class));
        JsonObject answer = body(response);
        assertEquals(List.of("created", "already_member", "pending", "invalid", "created", "invalid"),
                results(answer));
        assertEquals(2, answer.getInt("created"));
        JsonArray entries = answer.getJsonArray("results");
        JsonObject created = entries.getJsonObject(0);
        assertEquals(0, created.getInt("index"));
        assertTrue(created.isNull("errors") && created.isNull("detail"));
        JsonObject stored = body(api.get(BASE + "/" + created.getString("id"), admin.token()));
        assertEquals(first, stored.getString("email"));
        assertEquals("pending", stored.getString("status"));
        assertEquals(1, stored.getInt("sendCount"));
        assertTrue(entries.getJsonObject(1).isNull("id"));
        assertEquals("email", entries.getJsonObject(3).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("role", entries.getJsonObject(5).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Viewer", body(api.get(BASE + "/" + entries.getJsonObject(4).getString("id"), admin.token()))
                .getString("role"));
        assertEquals(3, invitationsOf(org), "the earlier one and the two created");
        SMTP.awaitMessagesTo(first, 1, Duration.ofSeconds(15));
        SMTP.awaitMessagesTo(second, 1, Duration.ofSeconds(15));
        assertEquals(1, SMTP.messagesTo(first).size());
        assertEquals(1, SMTP.messagesTo(second).size());
    }

    @Test
    void entriesBeyondTheInvitersQuotaAreQuotaExceededNotTheBatchRefused() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Response response = api.post(BULK, admin.token(), bulk(IntStream.range(0, 6)
                .mapToObj(i -> obj("email", email())).toArray(JsonObject[]::new)));
        assertEquals(200, response.getStatus());
        assertEquals(List.of("created", "created", "created", "created", "quota_exceeded", "quota_exceeded"),
                results(response));
        assertEquals(4, invitationsOf(org));
        assertEquals(4, fixtures.count("SELECT COUNT(*) FROM orgkit_mail_outbox o JOIN orgkit_invitation i"
                + " ON o.invitation_id = i.id WHERE i.organization_id = ?", org));
    }

    @Test
    void entriesBeyondTheMemberLimitAreMemberLimit() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        fixtures.update("UPDATE orgkit_organization SET member_limit = 2 WHERE id = ?", org);
        Response response = api.post(BULK, admin.token(), bulk(obj("email", email()), obj("email", email()),
                obj("email", email())));
        assertEquals(200, response.getStatus());
        assertEquals(List.of("created", "member_limit", "member_limit"), results(response));
        assertEquals(1, invitationsOf(org));
    }

    @Test
    void moreThanOneHundredEntriesOrNoneAreRefusedAndNothingIsInvited() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Response tooMany = api.post(BULK, admin.token(), bulk(IntStream.range(0, 101)
                .mapToObj(i -> obj("email", email())).toArray(JsonObject[]::new)));
        assertEquals(400, tooMany.getStatus());
        assertEquals("invitations", body(tooMany).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, api.post(BULK, admin.token(), bulk()).getStatus());
        assertEquals(400, api.post(BULK, admin.token(), obj("other", "x")).getStatus());
        assertEquals(0, invitationsOf(org));
    }

    @Test
    void bulkNeedsCredentialsAndTheInvitePermission() {
        String org = fixtures.organization();
        Fixtures.Member viewer = fixtures.memberWithSession(org, "Viewer");
        assertEquals(401, api.post(BULK, null, bulk(obj("email", email()))).getStatus());
        assertEquals(403, api.post(BULK, viewer.token(), bulk(obj("email", email()))).getStatus());
        assertEquals(0, invitationsOf(org));
    }

    @Test
    void aMemberMayNotCreateLinkOnlyInvitationsNorInviteBeyondItself() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        Response single = api.post(BASE, member.token(), obj("email", email(), "sendEmail", false));
        assertEquals(403, single.getStatus());
        String detail = body(single).getString("detail");
        assertTrue(detail.contains("invitations.link"), detail);
        assertEquals(403, api.post(BASE, member.token(), obj("email", email(), "privateMetadata", obj("a", "b")))
                .getStatus());
        Response response = api.post(BULK, member.token(), bulk(obj("email", email(), "sendEmail", false),
                obj("email", email(), "role", "Admin"), obj("email", email())));
        assertEquals(200, response.getStatus());
        assertEquals(List.of("forbidden", "forbidden", "created"), results(response));
        assertEquals(1, invitationsOf(org));
    }

    @Test
    void aRedirectOffTheAllowListIsRefused() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        for (String url : List.of("https://evil.test/", "https://app.example.test/welcomed",
                "https://app.example.test.evil.test/welcome", "https://app.example.test@evil.test/welcome",
                "http://app.example.test/welcome", "https://app.example.test/welcome/../admin", "javascript:x")) {
            Response refused = api.post(BASE, admin.token(), obj("email", email(), "redirectUrl", url));
            assertEquals(422, refused.getStatus(), url);
            assertEquals("redirectUrl", body(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        Response response = api.post(BULK, admin.token(), bulk(obj("email", email(), "redirectUrl", "https://x.test"),
                obj("email", email(), "redirectUrl", "https://other.example.test/anywhere?x=1")));
        assertEquals(List.of("invalid", "created"), results(response));
        assertEquals(1, invitationsOf(org));
    }

    @Test
    void aLinkOnlyInvitationAnswersItsLinkSendsNoMailAndCarriesItsOptionsIntoTheMembership() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String email = email();
        Response created = api.post(BASE, admin.token(), obj("email", email, "sendEmail", false,
                "redirectUrl", "https://app.example.test/welcome/team", "publicMetadata", obj("team", "blue"),
                "privateMetadata", obj("band", "C")));
        assertEquals(201, created.getStatus(), () -> created.readEntity(String.class));
        JsonObject invitation = body(created);
        assertEquals(0, invitation.getInt("sendCount"));
        assertEquals("https://app.example.test/welcome/team", invitation.getString("redirectUrl"));
        String link = invitation.getString("acceptLink");
        String token = link.substring(link.indexOf("orgi_"));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_mail_outbox WHERE invitation_id = ?",
                invitation.getString("id")), "no email is queued");
        assertTrue(body(api.get(BASE + "/" + invitation.getString("id"), admin.token())).isNull("acceptLink"),
                "the link is shown once");

        Response accepted = api.postFrom(ip, "/api/invitations/accept", null,
                obj("token", token, "name", "Linked Person", "password", "a-long-password"));
        assertEquals(200, accepted.getStatus(), () -> accepted.readEntity(String.class));
        JsonObject answer = body(accepted);
        assertEquals("https://app.example.test/welcome/team", answer.getString("redirectUrl"));
        JsonObject membership = body(api.get("/api/organizations/members/"
                + answer.getJsonObject("membership").getString("id"), admin.token()));
        assertEquals(obj("team", "blue"), membership.getJsonObject("publicMetadata"));
        assertEquals(obj("band", "C"), membership.getJsonObject("privateMetadata"));
    }

    @Test
    void anEmailedBulkInvitationCarriesItsMetadataIntoTheMembership() throws Exception {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.TestUser invitee = fixtures.user();
        Response response = api.post(BULK, admin.token(), bulk(obj("email", invitee.email(),
                "publicMetadata", obj("desk", 4))));
        assertEquals(List.of("created"), results(response));
        List<MimeMessage> mail = SMTP.awaitMessagesTo(invitee.email(), 1, Duration.ofSeconds(15));
        assertEquals(1, mail.size());
        String token = InvitationFixtures.tokenOf(mail.getFirst());
        String session = fixtures.login(invitee, null);

        Response accepted = api.postFrom(ip, "/api/invitations/accept", session, obj("token", token));
        assertEquals(200, accepted.getStatus(), () -> accepted.readEntity(String.class));
        JsonObject answer = body(accepted);
        assertTrue(answer.isNull("redirectUrl"));
        JsonObject membership = body(api.get("/api/organizations/members/"
                + answer.getJsonObject("membership").getString("id"), admin.token()));
        assertEquals(obj("desk", 4), membership.getJsonObject("publicMetadata"));
        assertTrue(membership.getJsonObject("privateMetadata").isEmpty());
    }
}
