package io.orgkit.impl.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.Purgeable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deletes sessions past their absolute expiry or idle longer than the idle timeout: their tokens are refused anyway.
 */
@ApplicationScoped
public class SessionPurge implements Purgeable {
    @Inject
    @OrgUnit
    private EntityManager em;
    private SessionSettings settings;

    /**
     * For the container's client proxy.
     */
    protected SessionPurge() {
    }

    @Inject
    public SessionPurge(SessionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String what() {
        return "expired sessions";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_session WHERE expires_at < ? OR last_seen_at < ? LIMIT " + limit)
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(now.minus(settings.idleTimeout()), ZoneOffset.UTC))
                .executeUpdate();
    }
}
