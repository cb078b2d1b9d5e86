package io.orgkit.app.account;

import java.time.Duration;
import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.SmtpServer;
import io.orgkit.impl.secret.SecretTokens;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static io.orgkit.app.testing.InvitationFixtures.clientIp;
import static io.orgkit.app.testing.InvitationFixtures.htmlPart;
import static io.orgkit.app.testing.InvitationFixtures.textPart;
import static io.orgkit.app.testing.InvitationFixtures.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password reset by email, through the outbox to a real SMTP server.
 */
@SharedServer
class PasswordResetTest {
    private static final String RESET = "/api/account/password-reset";

    static final SmtpServer SMTP = SmtpServer.shared();

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
    void aResetEmailCarriesASingleUseTokenThatEndsEverySession() {
        TestUser user = fixtures.user();
        String session = fixtures.login(user, null);
        String client = clientIp();

        assertEquals(202, status(api.postFrom(client, RESET, null, obj("email", user.email().toUpperCase()))));
        List<MimeMessage> mails = SMTP.awaitMessagesTo(user.email(), 1, Duration.ofSeconds(20));
        assertEquals(1, mails.size());
        String token = tokenOf(mails.getFirst());
        assertTrue(token.startsWith("orgr_"));
        // No org.account.password-reset.url in the test settings: the reset page on the accept link's site.
        assertTrue(textPart(mails.getFirst()).contains("https://app.example.test/reset-password#token="));
        assertTrue(htmlPart(mails.getFirst()).contains("href=\"https://app.example.test/reset-password#token="));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_password_reset WHERE token_hash = ?", token));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_password_reset WHERE token_hash = ?",
                SecretTokens.hash(token)), "only the hash is stored");
        assertEquals(200, status(api.get("/api/account", session)), "asking changes nothing yet");

        assertEquals(400, status(api.postFrom(client, RESET + "/complete", null,
                obj("token", token, "newPassword", "short"))));
        assertEquals(204, status(api.postFrom(client, RESET + "/complete", null,
                obj("token", token, "newPassword", "a-fresh-password"))));
        assertEquals(401, status(api.get("/api/account", session)), "every session has ended");
        assertEquals(410, status(api.postFrom(client, RESET + "/complete", null,
                obj("token", token, "newPassword", "yet-another-password"))), "a token works once");
        assertEquals(401, status(api.post("/api/auth/login", null, obj("email", user.email(), "password",
                Fixtures.PASSWORD))));
        assertEquals(200, status(api.post("/api/auth/login", null, obj("email", user.email(), "password",
                "a-fresh-password"))));
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoEmail() {
        String client = clientIp();
        String nobody = Fixtures.unique("nobody") + "@example.test";
        TestUser user = fixtures.user();
        Response unknown = api.postFrom(client, RESET, null, obj("email", nobody));
        Response known = api.postFrom(client, RESET, null, obj("email", user.email()));
        assertEquals(202, unknown.getStatus());
        assertEquals(known.getStatus(), unknown.getStatus());
        assertEquals(known.readEntity(String.class), unknown.readEntity(String.class));
        assertEquals(1, SMTP.awaitMessagesTo(user.email(), 1, Duration.ofSeconds(20)).size());
        assertEquals(0, SMTP.messagesTo(nobody).size());
    }

    @Test
    void aNewRequestReplacesTheOldLinkAndAnExpiredOneIsGone() {
        TestUser user = fixtures.user();
        String client = clientIp();
        api.postFrom(client, RESET, null, obj("email", user.email())).close();
        String first = tokenOf(SMTP.awaitMessagesTo(user.email(), 1, Duration.ofSeconds(20)).getFirst());
        api.postFrom(client, RESET, null, obj("email", user.email())).close();
        List<MimeMessage> both = SMTP.awaitMessagesTo(user.email(), 2, Duration.ofSeconds(20));
        String second = tokenOf(both.get(1));
        assertFalse(first.equals(second));
        assertEquals(410, status(api.postFrom(client, RESET + "/complete", null,
                obj("token", first, "newPassword", "a-fresh-password"))), "replaced by the newer link");

        fixtures.update("UPDATE orgkit_password_reset SET expires_at = ? WHERE token_hash = ?",
                fixtures.utcAgo(Duration.ofSeconds(1)), SecretTokens.hash(second));
        assertEquals(410, status(api.postFrom(client, RESET + "/complete", null,
                obj("token", second, "newPassword", "a-fresh-password"))), "expired");
        assertEquals(200, status(api.post("/api/auth/login", null, obj("email", user.email(), "password",
                Fixtures.PASSWORD))), "the password is unchanged");
    }

    @Test
    void askingIsThrottledPerEmailAndUnknownTokensPerClient() {
        TestUser user = fixtures.user();
        for (int i = 0; i < 3; i++) {
            assertEquals(202, status(api.postFrom(clientIp(), RESET, null, obj("email", user.email()))));
        }
        Response throttled = api.postFrom(clientIp(), RESET, null, obj("email", user.email()));
        assertEquals(429, throttled.getStatus(), "the fourth for one email within the window, from any client");
        assertTrue(Long.parseLong(throttled.getHeaderString("Retry-After")) > 0);
        throttled.close();

        String guesser = clientIp();
        for (int i = 0; i < 10; i++) {
            assertEquals(404, status(api.postFrom(guesser, RESET + "/complete", null,
                    obj("token", "orgr_" + "x".repeat(40) + i, "newPassword", "a-fresh-password"))));
        }
        assertEquals(429, status(api.postFrom(guesser, RESET + "/complete", null,
                obj("token", "orgr_guess", "newPassword", "a-fresh-password"))));
        JsonObject problem = body(api.postFrom(clientIp(), RESET + "/complete", null,
                obj("token", "orgr_guess", "newPassword", "a-fresh-password")));
        assertEquals(404, problem.getInt("status"), "another client is not refused");
    }
}
