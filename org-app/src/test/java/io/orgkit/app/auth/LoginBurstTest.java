package io.orgkit.app.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Password checks are slow on purpose (Argon2id, 19 MiB each). A burst of logins larger than the connection pool
 * queues for its turns at hashing without holding connections meanwhile: every login is answered, the right password
 * among them is accepted, and the rest of the API keeps answering.
 */
// The shipped server answers 503 to a request that waits over 750 ms for a connection; on a busy machine 49 logins'
// throttle writes can queue that long. What is proven here is the queueing at Argon2, so the tests' settings let the
// pool wait as long as Hikari's default (30 s).
@SharedServer
class LoginBurstTest {
    private static final int WRONG = 48; // more than the pool's 20 connections

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;

    @Test
    void aBurstOfLoginsIsAnsweredInFullWhileOtherRequestsGoOn() throws Exception {
        Api api = new Api(target);
        Fixtures.TestUser user = fixtures.user();
        Fixtures.Member reader = fixtures.memberWithSession(fixtures.organization(), "Admin");
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Integer>> wrong = new ArrayList<>();
            for (int i = 0; i < WRONG; i++) {
                String email = Fixtures.unique("burst") + "@example.test";
                // Each from an address of its own: the burst is about queueing at Argon2, not the per-client limit.
                String client = InvitationFixtures.clientIp();
                wrong.add(CompletableFuture.supplyAsync(() -> status(api.postFrom(client, "/api/auth/login", null,
                        obj("email", email, "password", "not-the-password"))), threads));
            }
            // From an address of its own too: the shared server has seen other classes' failed logins from this host.
            String rightClient = InvitationFixtures.clientIp();
            CompletableFuture<Integer> right = CompletableFuture.supplyAsync(() -> status(api.postFrom(rightClient,
                    "/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD))), threads);
            // Reads need no password check and no turn: they are served during the burst.
            assertEquals(200, status(api.get("/api/organizations/me", reader.token())));
            for (CompletableFuture<Integer> login : wrong) {
                assertEquals(401, login.get(60, TimeUnit.SECONDS));
            }
            assertEquals(200, right.get(60, TimeUnit.SECONDS));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
    }
}
