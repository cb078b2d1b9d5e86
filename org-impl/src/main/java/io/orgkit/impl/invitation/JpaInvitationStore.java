package io.orgkit.impl.invitation;

import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Invitations.
 */
@ApplicationScoped
public class JpaInvitationStore {
    @PersistenceContext(unitName = OrgDataSource.UNIT)
    private EntityManager em;

    public Optional<InvitationEntity> find(String organizationId, String id) {
        return em.createQuery("SELECT i FROM InvitationEntity i WHERE i.organizationId = :org AND i.id = :id",
                        InvitationEntity.class)
                .setParameter("org", organizationId)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<InvitationEntity> findByTokenHash(String tokenHash) {
        return em.createQuery("SELECT i FROM InvitationEntity i WHERE i.tokenHash = :hash", InvitationEntity.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * @return the invitation holding the organization's pending slot for this email (possibly expired by now)
     */
    public Optional<InvitationEntity> findPending(String organizationId, String email) {
        return em.createQuery("SELECT i FROM InvitationEntity i WHERE i.organizationId = :org AND i.pendingEmail = :email",
                        InvitationEntity.class)
                .setParameter("org", organizationId)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    public List<InvitationEntity> page(String organizationId, String afterId, int limit) {
        var query = em.createQuery("SELECT i FROM InvitationEntity i WHERE i.organizationId = :org "
                        + (afterId == null ? "" : "AND i.id > :after ") + "ORDER BY i.id", InvitationEntity.class)
                .setParameter("org", organizationId)
                .setMaxResults(limit + 1);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    public void flush() {
        em.flush();
    }

    public void add(InvitationEntity invitation) {
        em.persist(invitation);
        // Surface a duplicate pending invitation now, inside the service, rather than at commit.
        em.flush();
    }
}
