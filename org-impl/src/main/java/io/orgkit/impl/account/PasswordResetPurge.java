package io.orgkit.impl.account;

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
 * Deletes password resets past their expiry, used or not: a used or expired token is refused as gone only while it
 * is remembered, and after its expiry it is worth nothing to anyone.
 */
@ApplicationScoped
public class PasswordResetPurge implements Purgeable {
    @Inject
    @OrgUnit
    private EntityManager em;

    @Override
    public String what() {
        return "expired password resets";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_password_reset WHERE expires_at < ? LIMIT " + limit)
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }
}
