package io.orgkit.app.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At most {@code org.http.max-concurrent-requests} requests in progress (3 here); the rest are refused at once with
 * a 503 problem and {@code Retry-After}, and every answer, whatever it is, gives its permit back. Slow or unfinished
 * bodies hold no slot (audit finding 2: 135 such connections made every API request 503), one client address has at
 * most {@code org.http.max-client-requests} requests in progress (5 here), and a body that does not arrive within
 * {@code org.http.body-timeout} ends its connection.
 */
@HttpOnly
@HelidonTest
@AddConfig(key = "org.http.max-concurrent-requests", value = "3")
@AddConfig(key = "org.http.max-client-requests", value = "5")
@AddConfig(key = "org.http.max-running-requests", value = "2")
@AddConfig(key = "org.http.body-timeout", value = "PT5S")
@AddConfig(key = "org.http.trust-forwarded-for", value = "true")
class AdmissionTest {
    private static final String ATTACKER = "203.0.113.9";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    Admission limit;

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

    @Test
    void everyAnswerGivesItsTurnToRunBack() throws InterruptedException {
        Api api = new Api(target);
        Fixtures.TestUser user = fixtures.user();
        Member member = fixtures.memberWithSession(fixtures.organization(), "Member");
        for (int round = 0; round < 3; round++) {
            // Health and metrics are never refused, but some of them are JAX-RS resources that take a turn: a health
            // probe that kept its turn once took every turn within seconds (DatabaseOutageTest polls /health).
            status(api.get("/health", null));
            status(api.get("/health/ready", null));
            status(api.get("/metrics", null));
            // A login steps out of its turn while it hashes, and takes one again to finish.
            assertEquals(200, status(api.post("/api/auth/login", null,
                    obj("email", user.email(), "password", Fixtures.PASSWORD))));
            assertEquals(200, status(api.get("/api/organizations/me", member.token())));
            assertEquals(404, status(api.get("/api/no-such-thing", null)));
        }
        // A turn ends once the answer is sent, so just after the client has it: allow that moment.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (limit.turnsAvailable() != 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(2, limit.turnsAvailable(), "every answer gave its turn back");
    }

    @Test
    void unfinishedBodiesHoldNoSlotAndOtherClientsAreServed() throws Exception {
        Api api = new Api(target);
        Member member = fixtures.memberWithSession(fixtures.organization(), "Member");
        URI base = target.getUri();
        List<Socket> slow = new ArrayList<>();
        try {
            // Thirty connections of one client send headers and part of a body, and then nothing.
            for (int i = 0; i < 30; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(10_000);
                String head = "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "X-Forwarded-For: " + ATTACKER + "\r\nContent-Length: 100\r\n\r\n{\"email\":";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            // Everyone else is served meanwhile, as many times as there are slots and more, while the unfinished
            // bodies are still awaited.
            long sent = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                assertEquals(3, limit.available(), "bodies still arriving hold no slot");
                assertEquals(200, status(api.get("/api/organizations/me", member.token())));
                assertEquals(401, status(api.postFrom("198.51.100.7", "/api/auth/login", null,
                        obj("email", "nobody" + i + "@orgkit.test", "password", "wrong-password-1"))));
            }
            assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(4), "answered before the bodies' deadline");

            // Beyond its own five in progress, that client was refused at once with 429: it cannot hold every
            // connection's worth of work. Its five unfinished bodies time out: 408, or the connection just closes.
            int refused = 0;
            int timedOut = 0;
            for (Socket socket : slow) {
                String answer = statusLine(socket);
                if (answer.startsWith("HTTP/1.1 429")) {
                    refused++;
                    String headers = headers(socket).toLowerCase(java.util.Locale.ROOT);
                    assertTrue(headers.contains("content-type: application/problem+json")
                            && headers.contains("retry-after: 1"), "a 429 is a problem with Retry-After: " + headers);
                } else if (answer.isEmpty() || answer.startsWith("HTTP/1.1 408")) {
                    timedOut++;
                }
            }
            assertEquals(25, refused, "all but the client's five in progress are refused 429");
            assertEquals(5, timedOut, "the five unfinished bodies time out");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (limit.clientsInProgress() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, limit.clientsInProgress(), "no request of the slow client is counted in progress any more");
            assertEquals(400, status(api.postFrom(ATTACKER, "/api/auth/login", null, "{not json")),
                    "the client is served again");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyThatArrivesSlowlyButInTimeIsServed() throws Exception {
        URI base = target.getUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String body = "{\"email\":\"slow@orgkit.test\",\"password\":\"wrong-password-1\"}";
            String head = "POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: 198.51.100.8\r\nContent-Length: " + body.length() + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(500);
            assertEquals(3, limit.available(), "a body still arriving holds no slot");
            socket.getOutputStream().write(body.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            assertTrue(statusLine(socket).startsWith("HTTP/1.1 401"));
        }
    }

    /** The status line of the answer on that connection, or "" if the server closed it without one. */
    // The header lines after the status line, up to the blank line.
    private static String headers(Socket socket) throws IOException {
        StringBuilder headers = new StringBuilder();
        for (String line = statusLine(socket); !line.isEmpty(); line = statusLine(socket)) {
            headers.append(line).append('\n');
        }
        return headers.toString();
    }

    private static String statusLine(Socket socket) throws IOException {
        StringBuilder line = new StringBuilder();
        InputStream in = socket.getInputStream();
        try {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
        } catch (SocketException closed) {
            return "";
        }
        return line.toString().strip();
    }
}
