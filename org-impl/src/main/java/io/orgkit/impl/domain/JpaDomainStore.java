package io.orgkit.impl.domain;

import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Claimed domains.
 */
@ApplicationScoped
public class JpaDomainStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    public List<DomainEntity> list(String organizationId) {
        return em.createQuery("SELECT d FROM DomainEntity d WHERE d.organizationId = :org ORDER BY d.id",
                        DomainEntity.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    public Optional<DomainEntity> find(String organizationId, String id) {
        return em.createQuery("SELECT d FROM DomainEntity d WHERE d.organizationId = :org AND d.id = :id",
                        DomainEntity.class)
                .setParameter("org", organizationId)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * @param domain a domain
     * @return the verified claim of it, whichever organization holds it
     */
    public Optional<DomainEntity> findVerified(String domain) {
        return em.createQuery("SELECT d FROM DomainEntity d WHERE d.verifiedDomain = :domain", DomainEntity.class)
                .setParameter("domain", domain)
                .getResultStream()
                .findFirst();
    }

    public void add(DomainEntity domain) {
        em.persist(domain);
        em.flush();
    }

    public void remove(DomainEntity domain) {
        em.remove(domain);
    }

    public void flush() {
        em.flush();
    }
}
