package io.orgkit.impl.organization;

import java.util.Optional;

import io.orgkit.impl.persistence.OrgDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Organizations.
 */
@ApplicationScoped
public class JpaOrganizationStore {
    @PersistenceContext(unitName = OrgDataSource.UNIT)
    private EntityManager em;

    public Optional<OrganizationEntity> findById(String id) {
        return Optional.ofNullable(em.find(OrganizationEntity.class, id));
    }

    public void add(OrganizationEntity organization) {
        em.persist(organization);
    }
}
