package io.orgkit.impl.identity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Which user of the module an identity of a provider is: one row per (issuer, subject), made on first sight.
 */
@ApplicationScoped
public class JpaIdentityLinkStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * @param issuer  the provider
     * @param subject its id of the holder
     * @return the linked user's id
     */
    public Optional<String> findUserId(String issuer, String subject) {
        return em.createNativeQuery("SELECT user_id FROM orgkit_user_identity WHERE issuer = ? AND subject = ?")
                .setParameter(1, issuer)
                .setParameter(2, subject)
                .getResultStream()
                .findFirst()
                .map(String.class::cast);
    }

    /**
     * @param id      the link's id
     * @param issuer  the provider
     * @param subject its id of the holder
     * @param userId  the user
     * @param now     the current time
     */
    public void add(String id, String issuer, String subject, String userId, Instant now) {
        em.createNativeQuery("INSERT INTO orgkit_user_identity (id, issuer, subject, user_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, issuer)
                .setParameter(3, subject)
                .setParameter(4, userId)
                .setParameter(5, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }
}
