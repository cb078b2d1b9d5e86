package io.orgkit.impl.role;

import java.util.Optional;

import io.orgkit.impl.persistence.OrgDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Organization roles.
 */
@ApplicationScoped
public class JpaRoleStore {
    @PersistenceContext(unitName = OrgDataSource.UNIT)
    private EntityManager em;

    /**
     * @param organizationId the organization
     * @param name           a role name, in any case
     * @return the organization's role of that name
     */
    public Optional<RoleEntity> findByName(String organizationId, String name) {
        return em.createQuery("SELECT r FROM RoleEntity r WHERE r.organizationId = :org AND r.nameKey = :key",
                        RoleEntity.class)
                .setParameter("org", organizationId)
                .setParameter("key", RoleEntity.keyOf(name))
                .getResultStream()
                .findFirst();
    }

    public void add(RoleEntity role) {
        em.persist(role);
    }
}
