package io.orgkit.impl.audit;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.impl.persistence.Purgeable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes audit events older than {@code org.audit.retention} (default {@code P365D}), in the background purge's
 * bounded batches.
 */
@ApplicationScoped
public class AuditRetentionPurge implements Purgeable {
    private JpaAuditEventStore events;
    private Duration retention;

    /**
     * For the container's client proxy.
     */
    protected AuditRetentionPurge() {
    }

    @Inject
    public AuditRetentionPurge(JpaAuditEventStore events,
                               @ConfigProperty(name = "org.audit.retention", defaultValue = "P365D")
                               Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("org.audit.retention must be a positive duration: " + retention);
        }
        this.events = events;
        this.retention = retention;
    }

    @Override
    public String what() {
        return "audit events past their retention";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return events.deleteOlderThan(now.minus(retention), limit);
    }
}
