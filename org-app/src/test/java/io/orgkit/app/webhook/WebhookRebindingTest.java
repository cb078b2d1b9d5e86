package io.orgkit.app.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.DnsServer;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.SmtpServer;
import io.orgkit.app.testing.TestNameResolver;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * DNS rebinding: a webhook's host name resolves to a public address when it is saved, and to this machine's loopback
 * address later. Production mode (where webhooks must reach public addresses only), with the JVM's resolver asking a
 * real DNS server for the test's names ({@link TestNameResolver}); the delivery must be refused at send time, not
 * sent to what listens on the loopback address.
 */
@HelidonTest
@AddConfig(key = "org.mode", value = "production")
@AddConfig(key = "org.sessions.cookie-secure", value = "true")
@AddConfig(key = "org.invitations.accept-url", value = "https://app.example.test/accept#token={token}")
@AddConfig(key = "org.webhooks.dispatch-interval", value = "PT0.2S")
@AddConfig(key = "org.webhooks.timeout", value = "PT1S")
@AddConfig(key = "org.webhooks.retry-initial-delay", value = "PT0.5S")
@AddConfig(key = "org.webhooks.retry-max-delay", value = "PT1S")
class WebhookRebindingTest {
    private static final String WEBHOOKS = "/api/organizations/webhooks";
    // The JVM keeps a name's addresses for a while (30 s by default; the build's argLine sets 1 s), the server's
    // lookups included.
    private static final Duration JVM_CACHE = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(20);

    // Production refuses to start without a way to send mail.
    static final SmtpServer SMTP = SmtpServer.shared();
    @RegisterExtension
    static final DnsServer DNS = new DnsServer();

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
    void aHostThatResolvesToLoopbackAtSendTimeIsRefusedAndNothingIsSentThere() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String host = Fixtures.unique("rebind").toLowerCase() + TestNameResolver.SUFFIX;
            String url = "https://" + host + ":" + listener.port() + "/hook";

            String loopbackNow = Fixtures.unique("loopback").toLowerCase() + TestNameResolver.SUFFIX;
            DNS.publishA(loopbackNow, "127.0.0.1");
            assertEquals(422, status(api.post(WEBHOOKS, admin.token(),
                    obj("url", "https://" + loopbackNow + ":" + listener.port() + "/hook"))),
                    "a name that resolves to loopback when saved is refused then");

            DNS.publishA(host, "203.0.113.10"); // TEST-NET-3: public, as far as the check can tell
            Response created = api.post(WEBHOOKS, admin.token(), obj("url", url, "events", List.of("role.")));
            assertEquals(201, created.getStatus(), "a public address when saved");
            JsonObject webhook = body(created);

            DNS.publishA(host, "127.0.0.1");
            awaitResolution(host, "127.0.0.1");
            assertEquals(201, status(api.post("/api/organizations/roles", admin.token(),
                    obj("name", Fixtures.unique("Rebound"), "permissions", List.of("users.read")))),
                    "the change itself is not held up by its webhook");

            JsonObject refused = awaitDelivery(admin, webhook, d -> d.getInt("attempts") >= 2);
            assertEquals("role.created", refused.getString("action"));
            assertEquals("pending", refused.getString("status"), "retried, as any failed delivery: " + refused);
            assertTrue(refused.getString("lastError").contains(
                    "resolves to a private, loopback or link-local address (127.0.0.1)"), refused.toString());
            assertTrue(refused.isNull("lastResponseCode"), refused.toString());
            assertTrue(refused.isNull("deliveredAt"), refused.toString());
            assertEquals(0, listener.connections(), "nothing connected to the loopback address");

            JsonObject read = body(api.get(WEBHOOKS + "/" + webhook.getString("id"), admin.token()));
            assertTrue(read.getBoolean("enabled"), "one refused delivery does not disable the webhook: " + read);
            assertEquals(200, status(api.get("/api/organizations/roles", admin.token())));
        }
    }

    // Polls this JVM's resolver, which the server shares, until its cached answer for the name has ended.
    private static void awaitResolution(String host, String address) throws Exception {
        long deadline = System.nanoTime() + JVM_CACHE.toNanos();
        String[] seen = {};
        while (System.nanoTime() < deadline) {
            seen = Arrays.stream(InetAddress.getAllByName(host)).map(InetAddress::getHostAddress).toArray(String[]::new);
            if (Arrays.equals(seen, new String[]{address})) {
                return;
            }
            Thread.sleep(500);
        }
        fail(host + " still resolves to " + Arrays.toString(seen) + " after " + JVM_CACHE);
    }

    private JsonObject awaitDelivery(Member admin, JsonObject webhook, Predicate<JsonObject> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonArray last = null;
        while (System.nanoTime() < deadline) {
            last = body(api.get(WEBHOOKS + "/" + webhook.getString("id") + "/deliveries", admin.token()))
                    .getJsonArray("data");
            if (!last.isEmpty() && done.test(last.getJsonObject(0))) {
                return last.getJsonObject(0);
            }
            Thread.sleep(100);
        }
        return fail("the delivery did not get there within " + WAIT + ": " + last);
    }

    /** A plain TCP listener on the loopback address that counts who connects (a TLS client would, first). */
    private static final class LoopbackListener implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger connections = new AtomicInteger();

        LoopbackListener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().name("loopback-listener").start(() -> {
                while (!socket.isClosed()) {
                    try (Socket accepted = socket.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
