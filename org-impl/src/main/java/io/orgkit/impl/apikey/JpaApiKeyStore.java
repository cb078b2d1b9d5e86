package io.orgkit.impl.apikey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
     * Everything authentication needs about a key in one statement: the key, its role and, when the organization
     * defines a role of that name, its permissions (one row each).
     *
     * @param keyHash the SHA-256 of the presented key
     * @return the grant, if the key exists (revoked keys do not)
     */
    public Optional<ApiKeyGrant> findGrant(String keyHash) {
        List<?> rows = em.createNativeQuery("SELECT k.id, k.organization_id, k.name, k.role_name, k.expires_at, "
                        + "k.last_used_at, k.created_by_user_id, " + RoleGrants.COLUMNS + " "
                        + "FROM orgkit_api_key k"
                        + RoleGrants.joins("k.organization_id", "k.role_name")
                        + " WHERE k.key_hash = ?")
                .setParameter(1, keyHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = (Object[]) rows.getFirst();
        return Optional.of(new ApiKeyGrant((String) first[0], (String) first[1], (String) first[2], (String) first[3],
                DatabaseValues.instant(first[4]), DatabaseValues.instant(first[5]), (String) first[6],
                RoleGrants.read(rows, 7)));
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
     * @param id                 the key
     * @param organizationId     its organization
     * @param name               its name
     * @param roleName           its role
     * @param expiresAt          its expiry, or {@code null}
     * @param lastUsedAt         its last recorded use, or {@code null}
     * @param createdByUserId    the user who created it, or {@code null}
     * @param role               what the organization says of its role
     */
    public record ApiKeyGrant(String id, String organizationId, String name, String roleName, Instant expiresAt,
                              Instant lastUsedAt, String createdByUserId, RoleGrants.Read role) {
    }
}
