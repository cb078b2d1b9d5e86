package io.orgkit.impl.apikey;

import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * API keys.
 */
@ApplicationScoped
public class JpaApiKeyStore {
    @PersistenceContext(unitName = OrgDataSource.UNIT)
    private EntityManager em;

    public Optional<ApiKeyEntity> findByHash(String keyHash) {
        return em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.keyHash = :hash", ApiKeyEntity.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
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

    public void add(ApiKeyEntity key) {
        em.persist(key);
    }

    public void remove(ApiKeyEntity key) {
        em.remove(key);
    }
}
