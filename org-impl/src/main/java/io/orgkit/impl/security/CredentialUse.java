package io.orgkit.impl.security;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Records that a session or API key was used, in a transaction of its own that can never fail the request: a
 * concurrent change to the same row (a member removal detaching the session, a revocation) wins, and the use is
 * recorded by the next request instead.
 */
@ApplicationScoped
public class CredentialUse {
    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * @param sql an UPDATE with two parameters: the time, then the row's id
     * @param id  the session's or key's id
     * @param now the current time
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String sql, String id, Instant now) {
        em.createNativeQuery(sql)
                .setParameter(1, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, id)
                .executeUpdate();
    }
}
