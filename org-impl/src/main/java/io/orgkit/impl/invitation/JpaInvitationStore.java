package io.orgkit.impl.invitation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import io.orgkit.impl.kernel.PendingInvitations;
import io.orgkit.impl.kernel.RoleHolders;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Invitations.
 */
@ApplicationScoped
public class JpaInvitationStore implements RoleHolders, PendingInvitations {
    @Inject
    @OrgUnit
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
     * Remembers a token that a resend replaced.
     *
     * @param tokenHash    the old token's hash
     * @param invitationId its invitation
     * @param now          the current time
     */
    public void addReplacedToken(String tokenHash, String invitationId, Instant now) {
        em.createNativeQuery("INSERT INTO orgkit_invitation_replaced_token (token_hash, invitation_id, replaced_at) "
                        + "VALUES (?, ?, ?)")
                .setParameter(1, tokenHash)
                .setParameter(2, invitationId)
                .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }

    /**
     * @param tokenHash a token's hash
     * @return whether it is an invitation's token that a resend replaced
     */
    public boolean isReplacedToken(String tokenHash) {
        return !em.createNativeQuery("SELECT invitation_id FROM orgkit_invitation_replaced_token WHERE token_hash = ?")
                .setParameter(1, tokenHash)
                .getResultList()
                .isEmpty();
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

    /**
     * @param email a user's email, lower-cased
     * @param now   the current time
     * @param limit the most to answer
     * @return the pending, unexpired invitations to that email in every organization, oldest first
     */
    public List<InvitationEntity> findPendingTo(String email, Instant now, int limit) {
        return em.createQuery("SELECT i FROM InvitationEntity i WHERE i.pendingEmail = :email "
                        + "AND i.expiresAt > :now ORDER BY i.id", InvitationEntity.class)
                .setParameter("email", email)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean existFor(String email, Instant now) {
        return !findPendingTo(email, now, 1).isEmpty();
    }

    /**
     * @param id    an invitation id
     * @param email the email it must be pending to
     * @return the invitation, if it holds a pending slot for that email (possibly expired by now)
     */
    public Optional<InvitationEntity> findPendingById(String id, String email) {
        return em.createQuery("SELECT i FROM InvitationEntity i WHERE i.id = :id AND i.pendingEmail = :email",
                        InvitationEntity.class)
                .setParameter("id", id)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    /**
     * One keyset page, optionally of one status as the API shows it (expiry is judged against {@code now}).
     *
     * @param organizationId the organization
     * @param status         the status, or {@code null} for all
     * @param now            the current time
     * @param afterId        the last id of the previous page, or {@code null}
     * @param limit          the page size
     * @return up to {@code limit + 1} invitations in id order
     */
    @SuppressWarnings("unchecked")
    public List<InvitationEntity> page(String organizationId, InvitationStatus status, Instant now, String afterId,
                                       int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM orgkit_invitation WHERE organization_id = ?1");
        if (status == InvitationStatus.PENDING) {
            sql.append(" AND status = 'PENDING' AND expires_at > ?2");
        } else if (status == InvitationStatus.EXPIRED) {
            sql.append(" AND status = 'PENDING' AND expires_at <= ?2");
        } else if (status != null) {
            sql.append(" AND status = '").append(status.name()).append("'");
        }
        if (afterId != null) {
            sql.append(" AND id > ?3");
        }
        sql.append(" ORDER BY id");
        var query = em.createNativeQuery(sql.toString(), InvitationEntity.class)
                .setParameter(1, organizationId)
                .setMaxResults(limit + 1);
        if (status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED) {
            query.setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        }
        if (afterId != null) {
            query.setParameter(3, afterId);
        }
        return query.getResultList();
    }

    /**
     * Re-reads the invitation under a row lock held until the transaction ends: of concurrent accepts, each waits
     * for the one before it and then sees what that one committed.
     *
     * @param invitation an invitation read in this transaction
     */
    public void lockForUpdate(InvitationEntity invitation) {
        em.refresh(invitation, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * @param organizationId the organization
     * @param now            the current time
     * @return its pending invitations that have not expired
     */
    public long countPending(String organizationId, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ? "
                        + "AND status = 'PENDING' AND expires_at > ?")
                .setParameter(1, organizationId)
                .setParameter(2, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    @Override
    public long count(String organizationId, String roleName, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ? "
                        + "AND role_name = ? AND status = 'PENDING' AND expires_at > ?")
                .setParameter(1, organizationId)
                .setParameter(2, roleName)
                .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    @Override
    public String holders() {
        return "pending invitation(s)";
    }

    @Override
    public int order() {
        return 2;
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
