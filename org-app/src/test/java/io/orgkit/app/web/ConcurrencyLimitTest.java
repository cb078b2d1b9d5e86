package io.orgkit.app.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.HttpOnly;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * At most {@code org.http.max-concurrent-requests} requests in progress (3 here); the rest are refused at once with
 * a 503 problem and {@code Retry-After}, and every answer, whatever it is, gives its permit back.
 */
@HttpOnly
@HelidonTest
@AddConfig(key = "org.http.max-concurrent-requests", value = "3")
class ConcurrencyLimitTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    io.orgkit.app.web.ConcurrencyLimitFilter limit;

    @Test
    void requestsBeyondTheLimitAreRefusedWith503AndRetryAfter() throws Exception {
        Api api = new Api(target);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Integer>> slow = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                slow.add(CompletableFuture.supplyAsync(() -> status(api.get("/test-probe/slow?millis=2000", null)),
                        threads));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (limit.available() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(0, limit.available(), "three slow requests hold the three permits");

            Response refused = api.get("/api/auth/session", null);
            assertEquals(503, refused.getStatus());
            assertEquals("application/problem+json", refused.getMediaType().toString());
            assertEquals("1", refused.getHeaderString("Retry-After"));
            JsonObject problem = body(refused);
            assertEquals(503, problem.getInt("status"), problem.toString());

            for (CompletableFuture<Integer> request : slow) {
                assertEquals(200, request.get(10, TimeUnit.SECONDS));
            }
        }
        assertEquals(3, limit.available(), "every permit is back once the slow requests are answered");
        assertEquals(401, status(api.get("/api/auth/session", null)));
    }

    @Test
    void everyKindOfAnswerGivesItsPermitBack() {
        Api api = new Api(target);
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Member");
        for (int round = 0; round < 3; round++) {
            assertEquals(200, status(api.get("/api/organizations/me", admin.token())));
            assertEquals(401, status(api.get("/api/organizations/me", "orgs_unknown")));
            assertEquals(403, status(api.post("/api/organizations/roles", admin.token(), obj("name", "X"))));
            assertEquals(404, status(api.get("/api/no-such-thing", null)));
            assertEquals(405, status(api.delete("/api/auth/login", null)));
            assertEquals(400, status(api.post("/api/auth/login", null, "{not json")));
            assertEquals(415, status(api.request("/api/auth/login", null)
                    .post(Entity.entity("email=a", MediaType.TEXT_PLAIN_TYPE))));
            String big = "{\"email\":\"" + "a".repeat(70 * 1024) + "\"}";
            assertEquals(413, status(api.request("/api/auth/login", null)
                    .post(Entity.entity(new ByteArrayInputStream(big.getBytes()), MediaType.APPLICATION_JSON_TYPE))));
        }
        assertEquals(3, limit.available());
        assertEquals(200, status(api.get("/api/organizations/me", admin.token())));
    }

}
