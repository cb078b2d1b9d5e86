package io.orgkit.impl.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The dispatcher's steps on the webhook outbox, each in a transaction of its own, so that a claim is visible to every
 * node before the delivery is sent and no lock is held while talking to the receiver.
 */
@ApplicationScoped
public class WebhookClaims {
    /** Attempts before a delivery is given up (the webhook is disabled long before, by time). */
    static final int MAX_ATTEMPTS = 50;

    private JpaWebhookStore store;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected WebhookClaims() {
    }

    @Inject
    public WebhookClaims(JpaWebhookStore store, SystemTime time) {
        this.store = store;
        this.time = time;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> due(int limit) {
        return store.dueIds(time.now(), limit);
    }

    /**
     * Claims one delivery for a node, committed at once.
     *
     * @return what to send, if this node won it and its webhook is still enabled
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claimed> claim(String id, String nodeId, Duration lease) {
        Instant now = time.now();
        if (!store.claim(id, nodeId, now, now.plus(lease))) {
            return Optional.empty();
        }
        return store.claimed(id, nodeId).flatMap(row -> store.findById((String) row[0])
                .filter(JpaWebhookStore.Webhook::enabled)
                .map(webhook -> new Claimed(id, webhook.id(), webhook.url(), webhook.secret(), (String) row[1],
                        ((Number) row[2]).intValue())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean delivered(Claimed delivery, String nodeId, int code) {
        boolean settled = store.markDelivered(delivery.id(), nodeId, code, time.now());
        store.succeeded(delivery.webhookId());
        return settled;
    }

    /**
     * Records a failed attempt: retried after the back-off; the webhook is disabled once it failed for too long.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Claimed delivery, String nodeId, Integer code, String error, WebhookSettings settings) {
        Instant now = time.now();
        int attempts = delivery.attempts() + 1;
        store.markFailed(delivery.id(), nodeId, code, error, now.plus(settings.backoff(attempts)),
                attempts >= MAX_ATTEMPTS);
        store.failingSince(delivery.webhookId(), now);
        store.disableIfFailingSince(delivery.webhookId(), now.minus(settings.disableAfter()),
                "Every delivery failed for " + settings.disableAfter() + "; enable it again once the receiver works");
    }

    /**
     * A delivery this node claimed.
     *
     * @param id        the delivery (the {@code webhook-id})
     * @param webhookId its webhook
     * @param url       where to send it
     * @param secret    the signing secret
     * @param payload   the body
     * @param attempts  attempts before this one
     */
    public record Claimed(String id, String webhookId, String url, String secret, String payload, int attempts) {
    }
}
