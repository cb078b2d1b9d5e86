package io.orgkit.app.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.ConnectionHolder;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An exhausted connection pool makes requests wait for a connection, not stall the server: when the slow
 * transactions end, the waiting requests are served. EclipseLink 4.0.4 shared one lock among its connection
 * accessors and held it while waiting for a connection, so the transactions could not give theirs back and every
 * request stalled until the pool's 30-second timeout (eclipse-ee4j/eclipselink#2219).
 */
// The shipped server waits at most 750 ms for a connection (then 503); this test is about what happens while requests
// wait, so it runs with the tests' settings, which let them wait through the holders' second round (30 s at most).
@SharedServer
class PoolExhaustionTest {
    // More holders than the pool has connections (javax.sql.DataSource.orgkit.maximumPoolSize: 20).
    private static final int HOLDERS = 24;
    private static final int REQUESTS = 12;
    private static final Duration HOLD = Duration.ofMillis(500);

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    ConnectionHolder holder;

    @Test
    void requestsWaitingForAConnectionAreServedWhenSlowTransactionsEnd() throws Exception {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        Api api = new Api(target);
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Void>> holders = new ArrayList<>();
            for (int i = 0; i < HOLDERS; i++) {
                holders.add(CompletableFuture.runAsync(() -> {
                    try {
                        holder.hold(HOLD);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, threads));
            }
            Thread.sleep(200); // the holders take the pool first
            List<CompletableFuture<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(CompletableFuture.supplyAsync(() -> status(api.get("/api/organizations/me", admin.token())),
                        threads));
            }
            CompletableFuture.allOf(holders.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            for (CompletableFuture<Integer> request : requests) {
                assertEquals(200, request.get(20, TimeUnit.SECONDS));
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        // Two rounds of holders (24 on 20 connections) and the requests: a few seconds, far from the pool's 30 s.
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
    }
}
