package io.orgkit.impl.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgkit.impl.persistence.DatabaseReady;
import io.orgkit.impl.persistence.PeriodicWork;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sends the webhook outbox: every {@code org.webhooks.dispatch-interval} it claims the due deliveries, checks the URL
 * again (a name may resolve elsewhere by now), POSTs each signed, and settles it: delivered on a 2xx, otherwise retried
 * after an exponential back-off. A webhook whose deliveries all failed for {@code org.webhooks.disable-after} is
 * disabled. As with the mail outbox, a delivery is sent only by the node whose claim committed, so two nodes never
 * send one twice; a node dying between the receiver's answer and the settling update sends it again, with the same
 * {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int MAX_ERROR = 1000;

    private WebhookClaims claims;
    private WebhookSettings settings;
    private PeriodicWork periodic;
    private SystemTime time;
    // Made at the first delivery, not at start-up: building a client loads the JDK's trust store and TLS context
    // (about 0.1 s of the start-up thread), and most servers have no webhook to send for a while, if ever.
    private HttpClient client;

    /**
     * For the container's client proxy.
     */
    protected WebhookDispatcher() {
    }

    @Inject
    public WebhookDispatcher(WebhookClaims claims, WebhookSettings settings, PeriodicWork periodic, SystemTime time) {
        this.claims = claims;
        this.settings = settings;
        this.periodic = periodic;
        this.time = time;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // Redirects are not followed: a receiver could send the server anywhere, past the address check.
            client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    void start(@Observes DatabaseReady event) {
        periodic.repeat("orgkit-webhook-dispatcher", Duration.ofMillis(Math.max(50,
                settings.dispatchInterval().toMillis())), this::dispatchSafely);
    }

    private void dispatchSafely() {
        try {
            dispatchOnce();
        } catch (Exception e) {
            // Exception: a refused commit comes through the transactional proxy as a checked exception (MailDispatcher),
            // and a throw would end the repetition for good.
            LOG.log(Level.WARNING, "Webhook dispatch round failed", e);
        }
    }

    /**
     * One round: claims and sends every due delivery this node wins.
     *
     * @return how many were delivered
     */
    public int dispatchOnce() {
        int delivered = 0;
        List<String> due = claims.due(settings.batchSize());
        for (String id : due) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            Optional<WebhookClaims.Claimed> claimed;
            try {
                claimed = claims.claim(id, settings.nodeId(), settings.claimLease());
            } catch (Exception e) {
                LOG.log(Level.FINE, "Lost the claim of webhook delivery " + id, e);
                continue;
            }
            if (claimed.isPresent() && send(claimed.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean send(WebhookClaims.Claimed delivery) {
        Optional<String> refusal = WebhookAddresses.refusal(delivery.url(), settings.production());
        if (refusal.isPresent()) {
            claims.failed(delivery, settings.nodeId(), null, "The URL " + refusal.get(), settings);
            return false;
        }
        Instant now = time.now();
        long timestamp = now.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "orgkit-webhooks")
                    .header("webhook-id", delivery.id())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(delivery.secret(), delivery.id(), timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
        } catch (IllegalArgumentException e) {
            claims.failed(delivery, settings.nodeId(), null, "The URL is not usable: " + e.getMessage(), settings);
            return false;
        }
        try {
            HttpResponse<Void> response = client().send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            if (code >= 200 && code < 300) {
                return claims.delivered(delivery, settings.nodeId(), code);
            }
            claims.failed(delivery, settings.nodeId(), code, "The receiver answered " + code, settings);
        } catch (IOException e) {
            claims.failed(delivery, settings.nodeId(), null, describe(e), settings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            claims.failed(delivery, settings.nodeId(), null, "Interrupted", settings);
        }
        return false;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable current = error; current != null && text.length() < MAX_ERROR; current = current.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(current.getClass().getSimpleName()).append(": ").append(current.getMessage());
            if (current.getCause() == current) {
                break;
            }
        }
        String flat = text.toString().replaceAll("\\p{Cntrl}", " ");
        return flat.length() > MAX_ERROR ? flat.substring(0, MAX_ERROR) : flat;
    }
}
