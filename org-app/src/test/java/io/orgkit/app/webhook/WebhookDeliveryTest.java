package io.orgkit.app.webhook;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.SecondNode;
import io.orgkit.app.testing.WebhookReceiver;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Webhooks against a real HTTP receiver: signed deliveries it verifies, a receiver down then up, slow, answering 500,
 * failing for too long, manual redelivery, and two nodes delivering each event once.
 */
@HelidonTest
@AddConfig(key = "org.webhooks.dispatch-interval", value = "PT0.2S")
@AddConfig(key = "org.webhooks.timeout", value = "PT1S")
@AddConfig(key = "org.webhooks.retry-initial-delay", value = "PT0.5S")
@AddConfig(key = "org.webhooks.retry-max-delay", value = "PT1S")
class WebhookDeliveryTest {
    private static final String WEBHOOKS = "/api/organizations/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(20);

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
    void deliversTheEventsItWantsSignedSoTheReceiverCanVerifyThem() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            Org org = org();
            JsonObject webhook = create(org, receiver.url(), List.of("member."));
            String member = fixtures.member(org.id(), fixtures.user(), "Member");
            assertEquals(201, status(api.post("/api/organizations/roles", org.admin().token(),
                    obj("name", Fixtures.unique("Unwanted"), "permissions", List.of("users.read")))));
            assertEquals(200, status(api.patch("/api/organizations/members/" + member, org.admin().token(),
                    obj("role", "Viewer"))));

            JsonObject delivery = awaitDelivery(org, webhook, d -> d.getString("status").equals("delivered"));
            assertEquals(1, deliveries(org, webhook).size(), "role.created is not wanted");
            assertEquals(1, delivery.getInt("attempts"));
            assertEquals(204, delivery.getInt("lastResponseCode"));
            WebhookReceiver.Received received = receiver.received().getFirst();
            assertEquals(delivery.getString("id"), received.id());
            assertTrue(received.signedWith(webhook.getString("secret")), "the receiver verifies the signature");
            assertFalse(received.signedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(received.timestamp())) < 60);
            JsonObject payload = Json.createReader(new StringReader(received.body())).readObject();
            assertEquals("member.role_changed", payload.getString("type"));
            assertEquals(member, payload.getJsonObject("data").getJsonObject("target").getString("id"));
            assertEquals("Viewer", payload.getJsonObject("data").getJsonObject("changes").getJsonObject("role")
                    .getString("after"));
        }
    }

    @Test
    void aReceiverThatIsDownGetsTheEventOnceItIsUpWithTheSameId() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.onFreePort()) {
            Org org = org();
            JsonObject webhook = create(org, receiver.url(), List.of());
            change(org);
            JsonObject failed = awaitDelivery(org, webhook, d -> d.getInt("attempts") >= 1);
            assertEquals("pending", failed.getString("status"));
            assertFalse(failed.isNull("lastError"), failed.toString());
            assertFalse(failed.isNull("nextAttemptAt"));

            receiver.start();
            JsonObject delivered = awaitDelivery(org, webhook, d -> d.getString("status").equals("delivered"));
            assertTrue(delivered.getInt("attempts") >= 2);
            assertEquals(List.of(delivered.getString("id")),
                    receiver.received().stream().map(WebhookReceiver.Received::id).toList());
        }
    }

    @Test
    void aSlowReceiverTimesOutAndTheSameDeliveryIsRetried() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            receiver.answer(204, Duration.ofSeconds(3));
            Org org = org();
            JsonObject webhook = create(org, receiver.url(), List.of());
            change(org);
            JsonObject timedOut = awaitDelivery(org, webhook, d -> d.getInt("attempts") >= 1);
            assertEquals("pending", timedOut.getString("status"));
            assertTrue(timedOut.getString("lastError").toLowerCase().contains("timed out"), timedOut.toString());

            receiver.answer(204, Duration.ZERO);
            JsonObject delivered = awaitDelivery(org, webhook, d -> d.getString("status").equals("delivered"));
            Set<String> ids = receiver.received().stream().map(WebhookReceiver.Received::id).collect(Collectors.toSet());
            assertEquals(Set.of(delivered.getString("id")), ids, "every attempt carries the same webhook-id");
        }
    }

    @Test
    void fiveHundredsAreRetriedWithBackOffUntilTheReceiverAccepts() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            receiver.answer(500, Duration.ZERO);
            Org org = org();
            JsonObject webhook = create(org, receiver.url(), List.of());
            change(org);
            JsonObject failing = awaitDelivery(org, webhook, d -> d.getInt("attempts") >= 2);
            assertEquals(500, failing.getInt("lastResponseCode"));
            assertEquals("pending", failing.getString("status"));
            assertFalse(body(api.get(WEBHOOKS + "/" + webhook.getString("id"), org.admin().token()))
                    .isNull("failingSince"));

            receiver.answer(200, Duration.ZERO);
            awaitDelivery(org, webhook, d -> d.getString("status").equals("delivered"));
            assertTrue(body(api.get(WEBHOOKS + "/" + webhook.getString("id"), org.admin().token()))
                    .isNull("failingSince"), "a success ends the failing streak");
        }
    }

    @Test
    void aWebhookFailingForTooLongIsDisabledAndCanBeEnabledAgain() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            receiver.answer(503, Duration.ZERO);
            Org org = org();
            JsonObject webhook = create(org, receiver.url(), List.of());
            String id = webhook.getString("id");
            change(org);
            awaitDelivery(org, webhook, d -> d.getInt("attempts") >= 1);
            fixtures.update("UPDATE orgkit_webhook SET failing_since = ? WHERE id = ?",
                    fixtures.utcAgo(Duration.ofDays(4)), id);
            JsonObject given = awaitDelivery(org, webhook, d -> d.getString("status").equals("failed"));
            JsonObject disabled = body(api.get(WEBHOOKS + "/" + id, org.admin().token()));
            assertFalse(disabled.getBoolean("enabled"));
            assertTrue(disabled.getString("disabledReason").contains("failed"), disabled.toString());

            receiver.answer(204, Duration.ZERO);
            JsonObject enabled = body(api.patch(WEBHOOKS + "/" + id, org.admin().token(), obj("enabled", true)));
            assertTrue(enabled.getBoolean("enabled"));
            assertTrue(enabled.isNull("disabledReason"));
            assertEquals(200, status(api.post(WEBHOOKS + "/" + id + "/deliveries/" + given.getString("id"),
                    org.admin().token(), null)));
            awaitDelivery(org, webhook, d -> d.getString("status").equals("delivered"));
        }
    }

    @Test
    void aManualRedeliverySendsTheSameDeliveryAgain() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started()) {
            Org org = org();
            JsonObject webhook = create(org, receiver.url(), List.of());
            change(org);
            JsonObject delivered = awaitDelivery(org, webhook, d -> d.getString("status").equals("delivered"));
            Response again = api.post(WEBHOOKS + "/" + webhook.getString("id") + "/deliveries/"
                    + delivered.getString("id"), org.admin().token(), null);
            assertEquals(200, again.getStatus());
            assertEquals("pending", body(again).getString("status"));
            awaitDelivery(org, webhook, d -> d.getString("status").equals("delivered") && d.getInt("attempts") >= 2);
            assertEquals(List.of(delivered.getString("id"), delivered.getString("id")),
                    receiver.received().stream().map(WebhookReceiver.Received::id).toList());
        }
    }

    @Test
    void managingWebhooksNeedsWebhooksManageAndNeverShowsTheSecretAgain() {
        Org org = org();
        Member member = fixtures.memberWithSession(org.id(), "Member");
        assertEquals(401, status(api.get(WEBHOOKS, null)));
        Response refused = api.post(WEBHOOKS, member.token(), obj("url", "http://127.0.0.1:9/hook"));
        assertEquals(403, refused.getStatus());
        assertTrue(body(refused).getJsonArray("missingPermissions").toString().contains("webhooks.manage"));
        JsonObject created = create(org, "http://127.0.0.1:9/hook", List.of("role.created"));
        String id = created.getString("id");
        JsonObject read = body(api.get(WEBHOOKS + "/" + id, org.admin().token()));
        assertFalse(read.containsKey("secret"));
        assertFalse(body(api.get(WEBHOOKS, org.admin().token())).toString().contains(created.getString("secret")));
        Org other = org();
        assertEquals(404, status(api.get(WEBHOOKS + "/" + id, other.admin().token())), "another organization's");
        assertEquals(404, status(api.delete(WEBHOOKS + "/" + id, other.admin().token())));
        assertEquals(400, status(api.post(WEBHOOKS, org.admin().token(), obj("url", "not a url"))));
        assertEquals(400, status(api.post(WEBHOOKS, org.admin().token(),
                obj("url", "http://127.0.0.1:9/hook", "events", List.of("Not An Action")))));
        assertEquals(204, status(api.delete(WEBHOOKS + "/" + id, org.admin().token())));
        assertEquals(404, status(api.get(WEBHOOKS + "/" + id, org.admin().token())));
    }

    @Test
    void twoNodesDeliverEachEventOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.started();
             SecondNode second = SecondNode.start("webhook-node", "org.mode=development",
                     "org.webhooks.dispatch-interval=PT0.2S", "org.mail.log-only=true")) {
            Org org = org();
            JsonObject webhook = create(org, receiver.url(), List.of("role."));
            int changes = 12;
            for (int i = 0; i < changes; i++) {
                assertEquals(201, status(api.post("/api/organizations/roles", org.admin().token(),
                        obj("name", Fixtures.unique("Twice"), "permissions", List.of("users.read")))));
            }
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (receiver.received().size() < changes && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(1000); // a duplicate would arrive in this time
            List<String> ids = receiver.received().stream().map(WebhookReceiver.Received::id).toList();
            assertEquals(changes, ids.size(), "each event once: " + ids);
            assertEquals(changes, Set.copyOf(ids).size());
            assertTrue(deliveries(org, webhook).stream().allMatch(d -> d.asJsonObject().getString("status")
                    .equals("delivered")));
        }
    }

    private record Org(String id, Member admin) {
    }

    private Org org() {
        String id = fixtures.organization();
        return new Org(id, fixtures.memberWithSession(id, "Admin"));
    }

    private JsonObject create(Org org, String url, List<String> events) {
        Response created = api.post(WEBHOOKS, org.admin().token(), obj("url", url, "events", events));
        assertEquals(201, created.getStatus());
        JsonObject webhook = body(created);
        assertTrue(webhook.getString("secret").startsWith("whsec_"));
        return webhook;
    }

    private void change(Org org) {
        assertEquals(201, status(api.post("/api/organizations/roles", org.admin().token(),
                obj("name", Fixtures.unique("Hooked"), "permissions", List.of("users.read")))));
    }

    private JsonArray deliveries(Org org, JsonObject webhook) {
        return body(api.get(WEBHOOKS + "/" + webhook.getString("id") + "/deliveries", org.admin().token()))
                .getJsonArray("data");
    }

    private JsonObject awaitDelivery(Org org, JsonObject webhook, Predicate<JsonObject> done) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonArray last = null;
        while (System.nanoTime() < deadline) {
            last = deliveries(org, webhook);
            if (!last.isEmpty() && done.test(last.getJsonObject(0))) {
                return last.getJsonObject(0);
            }
            Thread.sleep(100);
        }
        return fail("the delivery did not get there within " + WAIT + ": " + last);
    }
}
