package io.orgkit.impl.auth;

import java.util.Optional;

import io.orgkit.impl.persistence.OrgDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sessions.
 */
@ApplicationScoped
public class JpaSessionStore {
    @PersistenceContext(unitName = OrgDataSource.UNIT)
    private EntityManager em;

    /**
     * A session and its user in one statement: authentication runs on every request.
     *
     * @param tokenHash the SHA-256 of the presented token
     * @return the session with its user
     */
    public Optional<SessionWithUser> findByTokenHash(String tokenHash) {
        return em.createQuery("SELECT s, u FROM SessionEntity s, UserEntity u "
                        + "WHERE s.tokenHash = :hash AND u.id = s.userId", Object[].class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst()
                .map(row -> new SessionWithUser((SessionEntity) row[0], (UserEntity) row[1]));
    }

    public Optional<SessionEntity> findById(String id) {
        return Optional.ofNullable(em.find(SessionEntity.class, id));
    }

    public void add(SessionEntity session) {
        em.persist(session);
    }

    public void remove(SessionEntity session) {
        em.remove(session);
    }

    /**
     * Detaches an organization from every session of a user that had it active.
     *
     * @param userId         the user
     * @param organizationId the organization the user no longer belongs to
     */
    public void deactivateOrganization(String userId, String organizationId) {
        em.createQuery("UPDATE SessionEntity s SET s.activeOrganizationId = NULL "
                        + "WHERE s.userId = :user AND s.activeOrganizationId = :org")
                .setParameter("user", userId)
                .setParameter("org", organizationId)
                .executeUpdate();
    }

    /**
     * A session together with its user.
     *
     * @param session the session
     * @param user    its user
     */
    public record SessionWithUser(SessionEntity session, UserEntity user) {
    }
}
