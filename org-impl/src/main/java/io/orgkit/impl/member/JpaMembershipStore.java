package io.orgkit.impl.member;

import java.util.List;
import java.util.Optional;

import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.auth.UserEntity;
import io.orgkit.impl.organization.OrganizationEntity;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

/**
 * Memberships.
 */
@ApplicationScoped
public class JpaMembershipStore {
    @Inject
    @OrgUnit
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
     * Takes the organization row's write lock ({@code SELECT … FOR UPDATE}) until the transaction ends. Every change
     * that could take away the last {@code Admin}, or assign a role that is being deleted, takes it first, so such
     * changes of one organization run one after the other on every node; counts read after it see the others' commits.
     *
     * @param organizationId the organization
     * @return whether the organization exists
     */
    public boolean lockOrganization(String organizationId) {
        return em.find(OrganizationEntity.class, organizationId, LockModeType.PESSIMISTIC_WRITE) != null;
    }

    /**
     * @param organizationId the organization
     * @param membershipId   a membership id
     * @return the membership with its user, if it belongs to the organization
     */
    public Optional<MemberRow> findWithUser(String organizationId, String membershipId) {
        return em.createQuery("SELECT m, u FROM MembershipEntity m, UserEntity u "
                        + "WHERE m.organizationId = :org AND m.id = :id AND u.id = m.userId", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("id", membershipId)
                .getResultStream()
                .findFirst()
                .map(MemberRow::of);
    }

    /**
     * One keyset page of members with their users, in one statement whatever the page size or the organization's
     * size (the user is joined, never loaded member by member).
     *
     * @param organizationId the organization
     * @param roleName       only members holding exactly this canonical role name, or {@code null} for all
     * @param text           lower-case text that the email or name must contain, or {@code null} for all
     * @param afterId        the last membership id of the previous page, or {@code null}
     * @param limit          the page size
     * @return up to {@code limit + 1} members in membership id order
     */
    public List<MemberRow> page(String organizationId, String roleName, String text, String afterId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT m, u FROM MembershipEntity m, UserEntity u "
                + "WHERE m.organizationId = :org AND u.id = m.userId");
        if (roleName != null) {
            jpql.append(" AND m.roleName = :role");
        }
        if (text != null) {
            // Emails are stored lower-cased; names are not.
            jpql.append(" AND (u.email LIKE :text ESCAPE '!' OR LOWER(u.name) LIKE :text ESCAPE '!')");
        }
        if (afterId != null) {
            jpql.append(" AND m.id > :after");
        }
        jpql.append(" ORDER BY m.id");
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("org", organizationId)
                .setMaxResults(limit + 1);
        if (roleName != null) {
            query.setParameter("role", roleName);
        }
        if (text != null) {
            query.setParameter("text", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList().stream().map(MemberRow::of).toList();
    }

    /**
     * @param organizationId the organization
     * @return how many members hold {@code Admin}
     */
    public long countAdmins(String organizationId) {
        return em.createQuery("SELECT COUNT(m) FROM MembershipEntity m WHERE m.organizationId = :org "
                        + "AND m.roleName = :admin", Long.class)
                .setParameter("org", organizationId)
                .setParameter("admin", SystemRoles.ADMIN)
                .getSingleResult();
    }

    public void remove(MembershipEntity membership) {
        em.remove(membership);
    }

    /**
     * A membership with its user.
     *
     * @param membership the membership (managed: changes are saved with the transaction)
     * @param user       its user
     */
    public record MemberRow(MembershipEntity membership, UserEntity user) {
        static MemberRow of(Object[] row) {
            return new MemberRow((MembershipEntity) row[0], (UserEntity) row[1]);
        }
    }

    /**
     * @param organizationId the organization
     * @param userId         the user
     * @param roleName       the role name
     */
    public record MembershipWithOrganization(String organizationId, String organizationName, String roleName) {
    }
}
