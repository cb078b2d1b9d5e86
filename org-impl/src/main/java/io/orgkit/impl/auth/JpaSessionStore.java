package io.orgkit.impl.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.RoleGrants;
import io.orgkit.impl.persistence.DatabaseValues;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Sessions.
 */
@ApplicationScoped
public class JpaSessionStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * Everything authentication needs about a session in one statement and one row: the session, its user, the role
     * held in the active organization, the organization role of that name if the organization defines one (with its
     * permissions), and the active organization itself. This runs on every request, hence one round trip rather than
     * five; the organization comes along so that reading it ({@code GET /api/organizations/me}) needs no second one.
     *
     * @param tokenHash the SHA-256 of the presented token
     * @return the grant, if the session exists
     */
    public Optional<SessionGrant> findGrant(String tokenHash) {
        List<?> rows = em.createNativeQuery("SELECT s.id, s.user_id, s.active_organization_id, s.last_seen_at, "
                        + "s.expires_at, u.email, u.super_admin, m.role_name, " + RoleGrants.columns("r") + ", "
                        + OrganizationEntity.COLUMNS + " "
                        + "FROM orgkit_session s "
                        + "JOIN orgkit_user u ON u.id = s.user_id "
                        + "LEFT JOIN orgkit_organization o ON o.id = s.active_organization_id "
                        + "LEFT JOIN orgkit_membership m ON m.organization_id = s.active_organization_id AND m.user_id = s.user_id"
                        + RoleGrants.join("r", "m.organization_id", "m.role_name")
                        + " WHERE s.token_hash = ?")
                .setParameter(1, tokenHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        return Optional.of(new SessionGrant((String) row[0], (String) row[1], (String) row[2],
                DatabaseValues.instant(row[3]), DatabaseValues.instant(row[4]), (String) row[5],
                DatabaseValues.bool(row[6]), (String) row[7], RoleGrants.read(row[8], row[9]),
                OrganizationEntity.fromRow(row, 10)));
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
     * @param userId    a user
     * @param notBefore sessions idle since before this are left out (they no longer work)
     * @param now       sessions past their absolute expiry at this time are left out
     * @param limit     the most to answer
     * @return the user's live sessions, newest first
     */
    public List<SessionEntity> findLive(String userId, Instant notBefore, Instant now, int limit) {
        return em.createQuery("SELECT s FROM SessionEntity s WHERE s.userId = :user AND s.lastSeenAt > :idle "
                        + "AND s.expiresAt > :now ORDER BY s.createdAt DESC, s.id DESC", SessionEntity.class)
                .setParameter("user", userId)
                .setParameter("idle", notBefore)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Ends sessions of a user at once.
     *
     * @param userId the user
     * @param except a session to keep, or {@code null} to end them all
     * @return how many ended
     */
    public int removeAll(String userId, String except) {
        if (except == null) {
            return em.createQuery("DELETE FROM SessionEntity s WHERE s.userId = :user")
                    .setParameter("user", userId)
                    .executeUpdate();
        }
        return em.createQuery("DELETE FROM SessionEntity s WHERE s.userId = :user AND s.id <> :keep")
                .setParameter("user", userId)
                .setParameter("keep", except)
                .executeUpdate();
    }

    /**
     * Detaches an organization from every session of a user that had it active.
     * (Called when a membership ends.)
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
     * What authenticating a session reads.
     *
     * @param sessionId            the session
     * @param userId               its user
     * @param activeOrganizationId the active organization, or {@code null}
     * @param lastSeenAt           last recorded use
     * @param expiresAt            absolute expiry
     * @param email                the user's email
     * @param superAdmin           the user's platform flag
     * @param roleName             the role held in the active organization, or {@code null} when not (or no longer) a member
     * @param role                 what the organization says of that role
     * @param organization         the active organization as the statement read it, or {@code null} without one (or
     *                             when it was deleted for good)
     */
    public record SessionGrant(String sessionId, String userId, String activeOrganizationId, Instant lastSeenAt,
                               Instant expiresAt, String email, boolean superAdmin, String roleName,
                               RoleGrants.Read role, OrganizationEntity organization) {

        /**
         * @return whether the active organization is suspended
         */
        public boolean organizationSuspended() {
            return organization != null && organization.suspendedAt() != null;
        }

        /**
         * @return whether the active organization is deleted (and restorable)
         */
        public boolean organizationDeleted() {
            return organization != null && organization.deleted();
        }
    }
}
