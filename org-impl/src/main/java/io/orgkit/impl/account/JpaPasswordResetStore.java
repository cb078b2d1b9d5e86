package io.orgkit.impl.account;

import java.time.Instant;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Password resets.
 */
@ApplicationScoped
public class JpaPasswordResetStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    public void add(PasswordResetEntity reset) {
        em.persist(reset);
    }

    public Optional<PasswordResetEntity> findByTokenHash(String tokenHash) {
        return em.createQuery("SELECT r FROM PasswordResetEntity r WHERE r.tokenHash = :hash",
                        PasswordResetEntity.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Uses a reset, once: of concurrent uses of one token, exactly one changes the row.
     *
     * @param id  the reset
     * @param now the current time
     * @return whether this call used it (it was unused and unexpired)
     */
    public boolean use(String id, Instant now) {
        return em.createQuery("UPDATE PasswordResetEntity r SET r.usedAt = :now "
                        + "WHERE r.id = :id AND r.usedAt IS NULL AND r.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("id", id)
                .executeUpdate() == 1;
    }

    /**
     * Makes every unused reset of a user unusable: a newer one replaces them, or the password just changed.
     *
     * @param userId the user
     * @param now    the current time
     * @return how many were retired
     */
    public int retireUnused(String userId, Instant now) {
        return em.createQuery("UPDATE PasswordResetEntity r SET r.usedAt = :now "
                        + "WHERE r.userId = :user AND r.usedAt IS NULL")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
    }
}
