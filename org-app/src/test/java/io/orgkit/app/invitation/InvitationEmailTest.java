package io.orgkit.app.invitation;

import java.time.Duration;
import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.SmtpServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invitation emails through the outbox to a real SMTP server: the link in the received email accepts; a resend kills
 * the old token; user-supplied names cannot break the HTML or the headers.
 */
@SharedServer
class InvitationEmailTest {
    static final SmtpServer SMTP = SmtpServer.shared();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    Api api;
    String ip;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        ip = InvitationFixtures.clientIp();
    }


    private MimeMessage onlyMailTo(String email) {
        List<MimeMessage> received = SMTP.awaitMessagesTo(email, 1, Duration.ofSeconds(15));
        assertEquals(1, received.size(), "one email to " + email);
        return received.getFirst();
    }

    @Test
    void invitedNewUserAcceptsWithTheLinkFromTheEmail() throws Exception {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String email = Fixtures.unique("new") + "@example.test";

        Response created = api.post("/api/organizations/invitations", admin.token(), obj("email", email, "role", "viewer"));
        assertEquals(201, created.getStatus());
        JsonObject invitation = body(created);
        assertEquals("Viewer", invitation.getString("role"));

        MimeMessage mail = onlyMailTo(email);
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        assertEquals("orgkit@localhost", mail.getFrom()[0].toString());
        String text = InvitationFixtures.textPart(mail);
        String html = InvitationFixtures.htmlPart(mail);
        // Names in emails are never links: their dots read the same but are no address (U+2024).
        String inviter = admin.user().email().replace('.', '\u2024');
        assertTrue(mail.getSubject().contains(inviter), mail.getSubject());
        assertTrue(text.contains(inviter) && text.contains("Viewer"), text);
        assertTrue(text.contains(invitation.getString("expiresAt").substring(0, 10)), text);
        assertTrue(html.contains("href=\"https://app.example.test/join?src=mail&amp;token=orgi_"), html);
        assertFalse(text.contains(invitation.getString("id")), "no ids in the email");
        String token = InvitationFixtures.tokenOf(mail);
        assertTrue(token.startsWith("orgi_") && token.length() == 5 + 43, token);

        JsonObject lookup = body(api.postFrom(ip, "/api/invitations/lookup", null, obj("token", token)));
        assertEquals(org, lookup.getJsonObject("organization").getString("id"));
        assertEquals(email, lookup.getString("email"));
        assertEquals("Viewer", lookup.getString("role"));
        assertEquals(admin.user().email(), lookup.getString("invitedBy"));

        Response accepted = api.postFrom(ip, "/api/invitations/accept", null,
                obj("token", token, "name", "New Person", "password", "a-long-password"));
        assertEquals(200, accepted.getStatus());
        String cookie = accepted.getHeaderString("Set-Cookie");
        JsonObject answer = body(accepted);
        String session = answer.getString("token");
        assertTrue(cookie.startsWith("org_session=" + session) && cookie.contains("HttpOnly"), cookie);
        assertEquals(org, answer.getString("organizationId"));
        assertEquals("Viewer", answer.getJsonObject("membership").getString("role"));
        assertEquals(email, answer.getJsonObject("user").getString("email"));

        JsonObject me = body(api.get("/api/auth/session", session));
        assertEquals(org, me.getString("organizationId"));
        assertEquals(200, api.post("/api/auth/login", null, obj("email", email, "password", "a-long-password")).getStatus());
        assertEquals(410, api.postFrom(ip, "/api/invitations/accept", null,
                obj("token", token, "name", "Again", "password", "a-long-password")).getStatus());
        assertEquals(410, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", token)).getStatus());
        JsonObject listed = body(api.get("/api/organizations/invitations?status=accepted", admin.token()));
        assertEquals(1, listed.getJsonArray("data").size());
        assertEquals("accepted", listed.getJsonArray("data").getJsonObject(0).getString("status"));
    }

    @Test
    void resendMailsANewTokenAndTheOldOneIsGone() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.TestUser invitee = fixtures.user();
        String id = body(api.post("/api/organizations/invitations", admin.token(), obj("email", invitee.email()))).getString("id");
        String first = InvitationFixtures.tokenOf(onlyMailTo(invitee.email()));

        Response tooSoon = api.post("/api/organizations/invitations/" + id, admin.token(), null);
        assertEquals(429, tooSoon.getStatus());
        assertTrue(Long.parseLong(tooSoon.getHeaderString("Retry-After")) > 0);

        invitations.sentLongAgo(id);
        Response resent = api.post("/api/organizations/invitations/" + id, admin.token(), null);
        assertEquals(200, resent.getStatus());
        assertEquals(2, body(resent).getInt("sendCount"));
        List<MimeMessage> mails = SMTP.awaitMessagesTo(invitee.email(), 2, Duration.ofSeconds(15));
        assertEquals(2, mails.size());
        String second = InvitationFixtures.tokenOf(mails.get(1));
        assertFalse(first.equals(second));

        assertEquals(410, api.postFrom(ip, "/api/invitations/lookup", null, obj("token", first)).getStatus());
        String session = fixtures.login(invitee, null);
        assertEquals(410, api.postFrom(ip, "/api/invitations/accept", session, obj("token", first)).getStatus());
        Response accepted = api.postFrom(ip, "/api/invitations/accept", session, obj("token", second));
        assertEquals(200, accepted.getStatus());
        JsonObject answer = body(accepted);
        assertTrue(answer.isNull("token"), "an existing user keeps its own session");
        assertEquals("Member", answer.getJsonObject("membership").getString("role"));
        assertEquals(invitee.id(), answer.getJsonObject("membership").getString("userId"));
        assertNull(accepted.getHeaderString("Set-Cookie"));
    }

    @Test
    void namesCannotInjectHtmlOrHeaders() throws Exception {
        String org = invitations.organizationNamed("<b>Acme</b> & \"Co\"\r\nBcc: victim@example.test");
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String email = Fixtures.unique("esc") + "@example.test";
        assertEquals(201, api.post("/api/organizations/invitations", admin.token(), obj("email", email)).getStatus());
        MimeMessage mail = onlyMailTo(email);
        String html = InvitationFixtures.htmlPart(mail);
        assertTrue(html.contains("&lt;b&gt;Acme&lt;\u2215b&gt; &amp; &quot;Co&quot;"), html);
        assertFalse(html.contains("<b>Acme"), html);
        assertNull(mail.getHeader("Bcc"));
        assertEquals(1, mail.getAllRecipients().length);
        assertEquals(email, mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertFalse(mail.getSubject().contains("\n") || mail.getSubject().contains("\r"), mail.getSubject());
        assertTrue(SMTP.messagesTo("victim@example.test").isEmpty());
    }

    // The audit: the subject and body carried the organization's name as free text, right-to-left overrides and URLs
    // included. (Names with such characters are refused on input; these come from before that, or from host code.)
    @Test
    void namesInEmailsLoseBidiAndZeroWidthCharactersAndAreNeverLinks() throws Exception {
        String org = invitations.organizationNamed("Acme\u202e moc.elgoog\u202c \u200bVisit https://evil.example/claim now");
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        String email = Fixtures.unique("bidi") + "@example.test";
        assertEquals(201, api.post("/api/organizations/invitations", admin.token(), obj("email", email)).getStatus());
        MimeMessage mail = onlyMailTo(email);
        String text = InvitationFixtures.textPart(mail);
        String html = InvitationFixtures.htmlPart(mail);
        for (String part : List.of(mail.getSubject(), text, html)) {
            assertFalse(part.codePoints().anyMatch(c -> c == 0x202e || c == 0x202c || c == 0x200b), part);
            assertFalse(part.contains("https://evil.example") || part.contains("evil.example"), part);
            assertTrue(part.contains("Acme"), part);
        }
        assertEquals(1, html.split("<a ", -1).length - 1, "the accept link is the only link: " + html);
    }

    @Test
    void adminInvitationFromTheIssuerIsMailedToo() {
        String org = fixtures.organization();
        String email = Fixtures.unique("admin") + "@example.test";
        InvitationFixtures.Issued issued = invitations.issue(org, email, "Admin");
        MimeMessage mail = onlyMailTo(email);
        assertEquals(issued.token(), InvitationFixtures.tokenOf(mail));
        assertTrue(InvitationFixtures.textPart(mail).contains("Admin"));
        List<Object[]> rows = invitations.outboxRows(issued.id());
        assertEquals(1, rows.size());
        long deadline = System.currentTimeMillis() + 5000;
        while (!"SENT".equals(invitations.outboxRows(issued.id()).getFirst()[0]) && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        Object[] row = invitations.outboxRows(issued.id()).getFirst();
        assertEquals("SENT", row[0]);
        assertEquals("", row[3], "a sent email's body (and its token) is not kept");
    }
}
