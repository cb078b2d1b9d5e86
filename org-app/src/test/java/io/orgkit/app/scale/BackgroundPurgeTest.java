package io.orgkit.app.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.impl.persistence.BackgroundPurge;
import io.orgkit.impl.secret.SecretTokens;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing a client does grows a table without bound: the background purge deletes ended throttle windows, expired
 * sessions, old replaced tokens and settled emails, in bounded batches.
 */
@HelidonTest
@AddConfig(key = "org.http.trust-forwarded-for", value = "true")
class BackgroundPurgeTest {
    private static final int LOGINS = 30;

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    BackgroundPurge purge;
    @Inject
    InvitationFixtures invitations;

    // The audit: logins with random emails grew the throttle table without bound; nothing was ever deleted.
    @Test
    void loginsWithEverNewEmailsLeaveTheThrottleTableBounded() {
        Api api = new Api(target);
        String marker = Fixtures.unique("purge").toLowerCase();
        // Only this test's rows are counted: other tests' rows come and go with the server's own purge meanwhile.
        for (int round = 0; round < 3; round++) {
            List<String> clients = new ArrayList<>();
            for (int i = 0; i < LOGINS; i++) {
                String client = InvitationFixtures.clientIp();
                clients.add(client);
                assertEquals(401, status(api.postFrom(client, "/api/auth/login", null,
                        obj("email", marker + "-" + round + "-" + i + "@example.test", "password", "wrong-password"))));
            }
            assertEquals(LOGINS, fixtures.count("SELECT COUNT(*) FROM orgkit_throttle WHERE throttle_key LIKE ?",
                    "login:" + marker + "-" + round + "-%"), "one row per email tried");
            // The windows end (login windows last a minute, a client's ten).
            fixtures.update("UPDATE orgkit_throttle SET expires_at = ? WHERE throttle_key LIKE ?",
                    fixtures.utcAgo(Duration.ofSeconds(1)), "login:" + marker + "%");
            for (String client : clients) {
                fixtures.update("UPDATE orgkit_throttle SET expires_at = ? WHERE throttle_key = ?",
                        fixtures.utcAgo(Duration.ofSeconds(1)), "login-client:" + client);
            }
            purge.purgeOnce();
            assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_throttle WHERE throttle_key LIKE ?",
                    "login:" + marker + "%"));
            for (String client : clients) {
                assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_throttle WHERE throttle_key = ?",
                        "login-client:" + client), "round " + round + ": the client's ended window is gone too");
            }
        }
    }

    @Test
    void expiredAndIdleSessionsArePurgedLiveOnesKept() {
        String live = fixtures.login(fixtures.user(), null);
        String ended = fixtures.login(fixtures.user(), null);
        String idle = fixtures.login(fixtures.user(), null);
        fixtures.endSessionLifetime(ended);
        fixtures.idleSession(idle, Duration.ofHours(9));
        purge.purgeOnce();
        assertEquals(1, sessions(live));
        assertEquals(0, sessions(ended));
        assertEquals(0, sessions(idle));
        assertEquals(200, status(new Api(target).get("/api/auth/session", live)));
    }

    // Replaced tokens are remembered only to answer 410 instead of 404: no longer than an invitation lives
    // (org.invitations.ttl, P7D by default), from the resend that replaced them.
    @Test
    void tokensReplacedLongerAgoThanAnInvitationLivesArePurgedRecentOnesKept() {
        String org = fixtures.organization();
        String invitation = invitations.issue(org, Fixtures.unique("invited") + "@example.test", "Member").id();
        String old = replacedToken(invitation, Duration.ofDays(7).plusHours(1));
        String recent = replacedToken(invitation, Duration.ofDays(7).minusHours(1));
        purge.purgeOnce();
        assertEquals(0, replacedTokens(old), "replaced more than seven days ago");
        assertEquals(1, replacedTokens(recent), "replaced less than seven days ago: still answered as gone");
    }

    // A reset is worth nothing after its expiry, used or not; before it, a used one is kept (it is refused as used).
    @Test
    void passwordResetsPastTheirExpiryArePurgedUsedOrNotLiveOnesKept() {
        Fixtures.TestUser user = fixtures.user();
        String expired = passwordReset(user, Duration.ofMinutes(-1), false);
        String expiredUsed = passwordReset(user, Duration.ofMinutes(-1), true);
        String live = passwordReset(user, Duration.ofMinutes(30), false);
        String liveUsed = passwordReset(user, Duration.ofMinutes(30), true);
        purge.purgeOnce();
        assertEquals(0, passwordResets(expired));
        assertEquals(0, passwordResets(expiredUsed));
        assertEquals(1, passwordResets(live), "a live reset still works");
        assertEquals(1, passwordResets(liveUsed), "a used one, not expired yet, is still refused as used");
    }

    // Settled emails (sent, cancelled, given up) are kept org.mail.retention (P7D by default), pending ones until
    // they settle, however old.
    @Test
    void settledEmailsOlderThanTheRetentionArePurgedPendingAndRecentOnesKept() {
        String sent = mail("SENT", Duration.ofDays(8));
        String cancelled = mail("CANCELLED", Duration.ofDays(8));
        String failed = mail("FAILED", Duration.ofDays(8));
        String pending = mail("PENDING", Duration.ofDays(8));
        String recent = mail("SENT", Duration.ofDays(6));
        purge.purgeOnce();
        assertEquals(0, mails(sent));
        assertEquals(0, mails(cancelled));
        assertEquals(0, mails(failed));
        assertEquals(1, mails(pending), "an email still to be sent is kept, however old");
        assertEquals(1, mails(recent), "settled within the retention");
    }

    private String replacedToken(String invitationId, Duration ago) {
        String hash = SecretTokens.hash("orgi_" + UUID.randomUUID());
        fixtures.update("INSERT INTO orgkit_invitation_replaced_token (token_hash, invitation_id, replaced_at) "
                + "VALUES (?, ?, ?)", hash, invitationId, fixtures.utcAgo(ago));
        return hash;
    }

    private long replacedTokens(String hash) {
        return fixtures.count("SELECT COUNT(*) FROM orgkit_invitation_replaced_token WHERE token_hash = ?", hash);
    }

    private String passwordReset(Fixtures.TestUser user, Duration expiresIn, boolean used) {
        String id = UUID.randomUUID().toString();
        fixtures.update("INSERT INTO orgkit_password_reset (id, user_id, token_hash, created_at, expires_at, used_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", id, user.id(), SecretTokens.hash("orgr_" + UUID.randomUUID()),
                fixtures.utcAgo(Duration.ofHours(1)), fixtures.utcAgo(expiresIn.negated()),
                used ? fixtures.utcAgo(Duration.ofMinutes(50)) : null);
        return id;
    }

    private long passwordResets(String id) {
        return fixtures.count("SELECT COUNT(*) FROM orgkit_password_reset WHERE id = ?", id);
    }

    // Written straight in its state: a pending one waits for a retry a day away, so no dispatcher sends it meanwhile.
    private String mail(String status, Duration ago) {
        String id = UUID.randomUUID().toString();
        fixtures.update("INSERT INTO orgkit_mail_outbox (id, recipient, subject, body_text, body_html, status, attempts, "
                        + "next_attempt_at, created_at) VALUES (?, ?, ?, '', '', ?, 1, ?, ?)", id,
                Fixtures.unique("purged") + "@example.test", "Purge " + status, status,
                fixtures.utcAgo(Duration.ofDays(-1)), fixtures.utcAgo(ago));
        return id;
    }

    private long mails(String id) {
        return fixtures.count("SELECT COUNT(*) FROM orgkit_mail_outbox WHERE id = ?", id);
    }

    private long sessions(String token) {
        return fixtures.count("SELECT COUNT(*) FROM orgkit_session WHERE token_hash = ?", SecretTokens.hash(token));
    }
}
