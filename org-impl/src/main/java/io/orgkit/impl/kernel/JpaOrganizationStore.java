package io.orgkit.impl.kernel;

import java.util.List;
import java.util.Optional;

import io.orgkit.impl.persistence.LikePattern;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Organizations.
 */
@ApplicationScoped
public class JpaOrganizationStore {
    @Inject
    @OrgUnit
    private EntityManager em;
    @Inject
    private RequestOrganization scoped;

    public Optional<OrganizationEntity> findById(String id) {
        return Optional.ofNullable(em.find(OrganizationEntity.class, id));
    }

    /**
     * For reads only: a write reads (and locks) the row in its own transaction with {@link #findById}.
     *
     * @param id an organization
     * @return the organization as this request read it for its scope, when it read this one (no round trip), else as
     *         the database has it now
     */
    public Optional<OrganizationEntity> findForRead(String id) {
        return scoped.recall(id).or(() -> findById(id));
    }

    /**
     * Counts the organizations a user has founded and not deleted, under a write lock of the user's row, so that
     * concurrent foundings by one user take turns and never pass its limit together.
     *
     * @param userId a user
     * @return how many organizations it founded that are not deleted
     */
    public long lockAndCountFoundedBy(String userId) {
        em.createNativeQuery("SELECT id FROM orgkit_user WHERE id = ? FOR UPDATE").setParameter(1, userId)
                .getResultList();
        return em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o WHERE o.foundedByUserId = :user "
                        + "AND o.deletedAt IS NULL", Long.class)
                .setParameter("user", userId)
                .getSingleResult();
    }

    /**
     * @param slug a slug
     * @return the organization that has it
     */
    public Optional<OrganizationEntity> findBySlug(String slug) {
        return em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.slug = :slug", OrganizationEntity.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /**
     * @param slug a slug
     * @return whether an organization has it (a deleted one too, until it is purged: it may be restored)
     */
    public boolean slugTaken(String slug) {
        return !em.createQuery("SELECT o.id FROM OrganizationEntity o WHERE o.slug = :slug", String.class)
                .setParameter("slug", slug)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * @param id an organization id
     * @return whether it exists and is not deleted
     */
    public boolean exists(String id) {
        return !em.createQuery("SELECT o.id FROM OrganizationEntity o WHERE o.id = :id AND o.deletedAt IS NULL",
                        String.class)
                .setParameter("id", id)
                .getResultList()
                .isEmpty();
    }

    /**
     * Reads a live organization for a request's scope, so that reading it again in the same request ({@link
     * #findForRead}) costs no round trip.
     *
     * @param id an organization id
     * @return the organization, if it exists and is not deleted
     */
    public Optional<OrganizationEntity> findForScope(String id) {
        Optional<OrganizationEntity> organization = em.createQuery(
                        "SELECT o FROM OrganizationEntity o WHERE o.id = :id AND o.deletedAt IS NULL",
                        OrganizationEntity.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
        organization.ifPresent(scoped::remember);
        return organization;
    }

    /**
     * Takes the organization row's write lock until the transaction ends, by writing its {@code lock_count}. Every
     * change that could take away the last {@code Admin}, or assign a role that is being deleted, takes it first, so
     * such changes of one organization run one after the other on every node; counts read after it see the others'
     * commits. A write, not {@code SELECT … FOR UPDATE}: on a Galera cluster a row lock binds only its own node, and
     * only rows written are certified across nodes, so two such changes on different nodes would both commit.
     *
     * @param organizationId the organization
     * @return whether the organization exists
     */
    public boolean lock(String organizationId) {
        return em.createNativeQuery("UPDATE orgkit_organization SET lock_count = lock_count + 1 WHERE id = ?")
                .setParameter(1, organizationId)
                .executeUpdate() == 1;
    }

    /**
     * Locks the organization's row, as {@link #lock}, then reads its member limit, so that counts read afterwards in
     * this transaction are checked against the limit as it is now.
     *
     * @param organizationId the organization
     * @return its member limit, empty when it has none (or does not exist)
     */
    public Optional<Integer> lockForMemberLimit(String organizationId) {
        if (!lock(organizationId)) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT member_limit FROM orgkit_organization WHERE id = ?")
                .setParameter(1, organizationId)
                .getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).map(n -> ((Number) n).intValue()).findFirst();
    }

    /**
     * One keyset page: {@code WHERE id > :after ORDER BY id LIMIT limit + 1}, a range scan of the primary key whatever
     * the page's depth. With a name filter the scan also tests each row's name, so a rare match costs more.
     *
     * @param nameContains a case-insensitive substring of the name, or {@code null}
     * @param deleted      deleted organizations only, instead of the others
     * @param afterId      the last id of the previous page, or {@code null}
     * @param limit        the page size
     * @return up to {@code limit + 1} organizations in id order
     */
    public List<OrganizationEntity> page(String nameContains, boolean deleted, String afterId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM OrganizationEntity o WHERE o.deletedAt IS "
                + (deleted ? "NOT NULL" : "NULL"));
        if (nameContains != null) {
            jpql.append(" AND LOWER(o.name) LIKE :pattern ESCAPE '").append(LikePattern.ESCAPE).append("'");
        }
        if (afterId != null) {
            jpql.append(" AND o.id > :after");
        }
        jpql.append(" ORDER BY o.id");
        var query = em.createQuery(jpql.toString(), OrganizationEntity.class).setMaxResults(limit + 1);
        if (nameContains != null) {
            query.setParameter("pattern", LikePattern.containing(nameContains));
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    /**
     * Adds an organization and writes it at once: rows that reference it (an invitation) may follow in the same
     * transaction, and without mapped relationships EclipseLink would not know to insert it first.
     *
     * @param organization the new organization
     */
    public void add(OrganizationEntity organization) {
        em.persist(organization);
        em.flush();
    }

    /**
     * Deletes the organization. The schema's {@code ON DELETE CASCADE} keys remove its memberships, roles,
     * invitations, outbox mail and API keys, and {@code ON DELETE SET NULL} clears sessions' active organization; the
     * persistence context is cleared afterwards so that no entity of those rows outlives them in this transaction.
     *
     * @param organization the organization, read in this transaction
     */
    public void remove(OrganizationEntity organization) {
        em.remove(organization);
        em.flush();
        em.clear();
    }

    /**
     * Writes pending changes now, so that a lost optimistic-lock race surfaces as
     * {@link jakarta.persistence.OptimisticLockException} inside the service rather than at commit.
     */
    public void flush() {
        em.flush();
    }
}
