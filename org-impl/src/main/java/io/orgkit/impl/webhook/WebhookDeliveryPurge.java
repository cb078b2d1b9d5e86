package io.orgkit.impl.webhook;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.impl.persistence.Purgeable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes settled webhook deliveries (delivered or given up) older than {@code org.webhooks.retention}.
 */
@ApplicationScoped
public class WebhookDeliveryPurge implements Purgeable {
    private JpaWebhookStore store;
    private Duration retention;

    /**
     * For the container's client proxy.
     */
    protected WebhookDeliveryPurge() {
    }

    @Inject
    public WebhookDeliveryPurge(JpaWebhookStore store,
                                @ConfigProperty(name = "org.webhooks.retention", defaultValue = "P30D")
                                Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    @Override
    public String what() {
        return "settled webhook deliveries";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return store.deleteSettledBefore(now.minus(retention), limit);
    }
}
