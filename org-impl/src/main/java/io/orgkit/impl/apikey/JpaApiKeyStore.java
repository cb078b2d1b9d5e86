package io.orgkit.impl.apikey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.RoleGrants;
import io.orgkit.impl.kernel.RoleHolders;
import io.orgkit.impl.persistence.DatabaseValues;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * API keys.
 */
@ApplicationScoped
public class JpaApiKeyStore implements RoleHolders {
    @Inject
    @OrgUnit
    private EntityManager em;

    public Optional<ApiKeyEntity> findByHash(String keyHash) {
        return em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.keyHash = :hash", ApiKeyEntity.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Everything authentication needs about a key in one statement and one row: the key, its role and, when the
     * organization defines a role of that name, its permissions; the role its creator holds in the organization now
     * (none when the creator is no longer a member), with that role's permissions; and the organization itself (its
     * maximum key lifetime, whether suspended or deleted, and all it takes to answer {@code GET /api/organizations/me}
     * without a second round trip).
     *
     * @param keyHash the SHA-256 of the presented key
     * @return the grant, if the key exists (revoked keys do not)
     */
    public Optional<ApiKeyGrant> findGrant(String keyHash) {
        List<?> rows = em.createNativeQuery("SELECT k.id, k.organization_id, k.name, k.role_name, k.expires_at, "
                        + "k.last_used_at, k.created_by_user_id, k.created_at, o.api_key_max_lifetime_days, "
                        + RoleGrants.columns("kr") + ", m.role_name, " + RoleGrants.columns("cr") + ", "
                        + OrganizationEntity.COLUMNS + " "
                        + "FROM orgkit_api_key k JOIN orgkit_organization o ON o.id = k.organization_id"
                        + RoleGrants.join("kr", "k.organization_id", "k.role_name")
                        + " LEFT JOIN orgkit_membership m ON m.organization_id = k.organization_id "
                        + "AND m.user_id = k.created_by_user_id"
                        + RoleGrants.join("cr", "m.organization_id", "m.role_name")
                        + " WHERE k.key_hash = ?")
                .setParameter(1, keyHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.getFirst();
        return Optional.of(new ApiKeyGrant((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                DatabaseValues.instant(row[4]), DatabaseValues.instant(row[5]), (String) row[6],
                DatabaseValues.instant(row[7]), DatabaseValues.integer(row[8]), RoleGrants.read(row[9], row[10]),
                (String) row[11], RoleGrants.read(row[12], row[13]), OrganizationEntity.fromRow(row, 14)));
    }

    /**
     * @param organizationId the organization
     * @return its maximum key lifetime in days, or {@code null} for none
     */
    public Integer maxLifetimeDays(String organizationId) {
        List<?> rows = em.createNativeQuery("SELECT api_key_max_lifetime_days FROM orgkit_organization WHERE id = ?")
                .setParameter(1, organizationId)
                .getResultList();
        return rows.isEmpty() || rows.getFirst() == null ? null : ((Number) rows.getFirst()).intValue();
    }

    /**
     * @param organizationId the organization
     * @param days           its new maximum key lifetime in days, or {@code null} for none
     */
    public void setMaxLifetimeDays(String organizationId, Integer days) {
        em.createNativeQuery("UPDATE orgkit_organization SET api_key_max_lifetime_days = ? WHERE id = ?")
                .setParameter(1, days)
                .setParameter(2, organizationId)
                .executeUpdate();
    }

    /**
     * Revokes every key a user created in an organization (the user left it).
     *
     * @param organizationId the organization
     * @param userId         the creator
     * @return how many keys were revoked
     */
    public int removeCreatedBy(String organizationId, String userId) {
        return em.createQuery("DELETE FROM ApiKeyEntity k WHERE k.organizationId = :org AND k.createdByUserId = :user")
                .setParameter("org", organizationId)
                .setParameter("user", userId)
                .executeUpdate();
    }

    /**
     * @param userIds users
     * @return the emails of those that exist, by id
     */
    public Map<String, String> emailsOf(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> emails = new HashMap<>();
        em.createQuery("SELECT u.id, u.email FROM UserEntity u WHERE u.id IN :ids", Object[].class)
                .setParameter("ids", userIds)
                .getResultList()
                .forEach(row -> emails.put((String) row[0], (String) row[1]));
        return emails;
    }

    public Optional<ApiKeyEntity> find(String organizationId, String id) {
        return em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.organizationId = :org AND k.id = :id",
                        ApiKeyEntity.class)
                .setParameter("org", organizationId)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * One keyset page, fetching one row more than asked to know whether another page follows.
     *
     * @param organizationId the organization
     * @param afterId        the last id of the previous page, or {@code null}
     * @param limit          the page size
     * @return up to {@code limit + 1} keys in id order
     */
    public List<ApiKeyEntity> page(String organizationId, String afterId, int limit) {
        var query = em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.organizationId = :org "
                        + (afterId == null ? "" : "AND k.id > :after ") + "ORDER BY k.id", ApiKeyEntity.class)
                .setParameter("org", organizationId)
                .setMaxResults(limit + 1);
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    @Override
    public long count(String organizationId, String roleName, Instant now) {
        return em.createQuery("SELECT COUNT(k) FROM ApiKeyEntity k WHERE k.organizationId = :org "
                        + "AND k.roleName = :role", Long.class)
                .setParameter("org", organizationId)
                .setParameter("role", roleName)
                .getSingleResult();
    }

    @Override
    public String holders() {
        return "API key(s)";
    }

    @Override
    public int order() {
        return 1;
    }

    public void add(ApiKeyEntity key) {
        em.persist(key);
    }

    public void remove(ApiKeyEntity key) {
        em.remove(key);
    }

    /**
     * What authenticating an API key reads.
     *
     * @param id              the key
     * @param organizationId  its organization
     * @param name            its name
     * @param roleName        its role
     * @param expiresAt       its own expiry, or {@code null}
     * @param lastUsedAt      its last recorded use, or {@code null}
     * @param createdByUserId the user who created it, or {@code null} when that user no longer exists
     * @param createdAt       when it was created
     * @param maxLifetimeDays the organization's maximum key lifetime, or {@code null}
     * @param role            what the organization says of its role
     * @param creatorRoleName the role its creator holds in the organization now, or {@code null} when not a member
     * @param creatorRole     what the organization says of the creator's role
     * @param organization    the key's organization as the statement read it
     */
    public record ApiKeyGrant(String id, String organizationId, String name, String roleName, Instant expiresAt,
                              Instant lastUsedAt, String createdByUserId, Instant createdAt, Integer maxLifetimeDays,
                              RoleGrants.Read role, String creatorRoleName, RoleGrants.Read creatorRole,
                              OrganizationEntity organization) {

        /**
         * @return whether the key's organization is suspended
         */
        public boolean organizationSuspended() {
            return organization.suspendedAt() != null;
        }

        /**
         * @return whether the key's organization is deleted (and restorable)
         */
        public boolean organizationDeleted() {
            return organization.deleted();
        }
    }
}
