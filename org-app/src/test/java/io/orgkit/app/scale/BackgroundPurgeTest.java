package io.orgkit.app.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    private long sessions(String token) {
        return fixtures.count("SELECT COUNT(*) FROM orgkit_session WHERE token_hash = ?", SecretTokens.hash(token));
    }
}
