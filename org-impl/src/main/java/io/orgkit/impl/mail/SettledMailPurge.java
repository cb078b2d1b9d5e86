package io.orgkit.impl.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.Purgeable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes outbox rows settled (sent, cancelled or given up) more than {@code org.mail.retention} ago; their bodies were
 * wiped when they settled, and what is left only tells that an email went out.
 */
@ApplicationScoped
public class SettledMailPurge implements Purgeable {
    @Inject
    @OrgUnit
    private EntityManager em;
    private Duration retention;

    /**
     * For the container's client proxy.
     */
    protected SettledMailPurge() {
    }

    @Inject
    public SettledMailPurge(@ConfigProperty(name = "org.mail.retention", defaultValue = "P7D") Duration retention) {
        this.retention = retention;
    }

    @Override
    public String what() {
        return "settled emails";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_mail_outbox WHERE status <> 'PENDING' AND created_at < ? LIMIT "
                        + limit)
                .setParameter(1, LocalDateTime.ofInstant(now.minus(retention), ZoneOffset.UTC))
                .executeUpdate();
    }
}
