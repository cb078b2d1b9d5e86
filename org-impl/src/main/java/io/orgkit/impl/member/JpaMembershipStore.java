package io.orgkit.impl.member;

import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Memberships.
 */
@ApplicationScoped
public class JpaMembershipStore {
    @PersistenceContext(unitName = OrgDataSource.UNIT)
    private EntityManager em;

    public Optional<MembershipEntity> find(String organizationId, String userId) {
        return em.createQuery("SELECT m FROM MembershipEntity m "
                        + "WHERE m.organizationId = :org AND m.userId = :user", MembershipEntity.class)
                .setParameter("org", organizationId)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst();
    }

    /**
     * @param userId a user
     * @return the user's memberships with the organizations' names, oldest first
     */
    public List<MembershipWithOrganization> findByUser(String userId) {
        return em.createQuery("SELECT m.organizationId, o.name, m.roleName FROM MembershipEntity m, OrganizationEntity o "
                        + "WHERE m.userId = :user AND o.id = m.organizationId ORDER BY m.joinedAt, m.id", Object[].class)
                .setParameter("user", userId)
                .getResultList()
                .stream()
                .map(row -> new MembershipWithOrganization((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    public void add(MembershipEntity membership) {
        em.persist(membership);
    }

    /**
     * @param organizationId the organization
     * @param userId         the user
     * @param roleName       the role name
     */
    public record MembershipWithOrganization(String organizationId, String organizationName, String roleName) {
    }
}
