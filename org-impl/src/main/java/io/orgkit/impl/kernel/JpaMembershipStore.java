package io.orgkit.impl.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.orgkit.api.error.ConflictException;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.LikePattern;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

/**
 * Memberships. A member holds a role by its canonical name: the system role's name, or the organization role's name
 * as stored (see {@link EffectiveRoles#canonicalName}).
 */
@ApplicationScoped
public class JpaMembershipStore implements RoleHolders {
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
     * @return the user's memberships with the organizations' names, oldest first; deleted organizations left out
     */
    public List<MembershipWithOrganization> findByUser(String userId) {
        return em.createQuery("SELECT m.organizationId, o.name, m.roleName, m.joinedAt FROM MembershipEntity m, "
                        + "OrganizationEntity o WHERE m.userId = :user AND o.id = m.organizationId "
                        + "AND o.deletedAt IS NULL ORDER BY m.joinedAt, m.id", Object[].class)
                .setParameter("user", userId)
                .getResultList()
                .stream()
                .map(row -> new MembershipWithOrganization((String) row[0], (String) row[1], (String) row[2],
                        (Instant) row[3]))
                .toList();
    }

    /**
     * @param membership a new membership
     * @throws ConflictException if the user is already a member (also when a concurrent request made it one)
     */
    public void add(MembershipEntity membership) {
        try {
            em.persist(membership);
            em.flush();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of("uq_orgkit_membership",
                    () -> new ConflictException("This user is already a member of the organization")), null);
        }
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
     * @param text           text that the email or name must contain (any case), or {@code null} for all
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
            query.setParameter("text", LikePattern.containing(text));
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
    public long countMembers(String organizationId) {
        return em.createQuery("SELECT COUNT(m) FROM MembershipEntity m WHERE m.organizationId = :org", Long.class)
                .setParameter("org", organizationId)
                .getSingleResult();
    }

    public long countAdmins(String organizationId) {
        return em.createQuery("SELECT COUNT(m) FROM MembershipEntity m WHERE m.organizationId = :org "
                        + "AND m.roleName = :admin", Long.class)
                .setParameter("org", organizationId)
                .setParameter("admin", SystemRole.ADMIN.roleName())
                .getSingleResult();
    }

    @Override
    public long count(String organizationId, String roleName, Instant now) {
        return em.createQuery("SELECT COUNT(m) FROM MembershipEntity m WHERE m.organizationId = :org "
                        + "AND m.roleName = :role", Long.class)
                .setParameter("org", organizationId)
                .setParameter("role", roleName)
                .getSingleResult();
    }

    @Override
    public String holders() {
        return "member(s)";
    }

    @Override
    public int order() {
        return 0;
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
     * @param organizationId   the organization
     * @param organizationName its name
     * @param roleName         the role held there
     * @param joinedAt         when the user joined
     */
    public record MembershipWithOrganization(String organizationId, String organizationName, String roleName,
                                             Instant joinedAt) {
    }
}
