package io.orgkit.impl.webhook;

import java.util.List;

import io.orgkit.api.audit.AuditEventView;
import io.orgkit.api.event.OrganizationEvent;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.web.JsonbProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;

/**
 * Queues a delivery for every enabled webhook of the organization that wants the event, in the transaction that
 * records the event (the audit trail fires it inside): a delivery exists exactly when its change was committed.
 */
@ApplicationScoped
public class WebhookOutbox {
    private JpaWebhookStore store;
    private SystemTime time;
    private Jsonb jsonb;

    /**
     * For the container's client proxy.
     */
    protected WebhookOutbox() {
    }

    @Inject
    public WebhookOutbox(JpaWebhookStore store, SystemTime time, JsonbProvider json) {
        this.store = store;
        this.time = time;
        this.jsonb = json.getContext(WebhookPayload.class);
    }

    void queue(@Observes AuditEventView event) {
        if (OrganizationEvent.of(event).isEmpty()) {
            return; // logins, logouts and the webhooks' own changes are not delivered
        }
        List<JpaWebhookStore.Webhook> webhooks = store.enabled(event.organizationId()).stream()
                .filter(webhook -> webhook.wants(event.action())).toList();
        if (webhooks.isEmpty()) {
            return;
        }
        String payload = jsonb.toJson(new WebhookPayload(event.action(), event.occurredAt(), event));
        for (JpaWebhookStore.Webhook webhook : webhooks) {
            store.addDelivery(Ids.newId(), webhook.id(), event.id(), event.action(), payload, time.now());
        }
    }

    /**
     * The body of a delivery, as Standard Webhooks suggests: {@code {type, timestamp, data}}.
     *
     * @param type      the action
     * @param timestamp when it happened
     * @param data      the audit event
     */
    public record WebhookPayload(String type, java.time.Instant timestamp, AuditEventView data) {
    }
}
