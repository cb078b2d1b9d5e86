package io.orgkit.impl.organization;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Organizations.
 */
@ApplicationScoped
public class JpaOrganizationStore {
    // '!' rather than '\': a backslash in an SQL literal is itself an escape on MariaDB but not on H2.
    private static final char LIKE_ESCAPE = '!';

    @Inject
    @OrgUnit
    private EntityManager em;

    public Optional<OrganizationEntity> findById(String id) {
        return Optional.ofNullable(em.find(OrganizationEntity.class, id));
    }

    /**
     * One keyset page: {@code WHERE id > :after ORDER BY id LIMIT limit + 1}, a range scan of the primary key whatever
     * the page's depth. With a name filter the scan also tests each row's name, so a rare match costs more.
     *
     * @param nameContains a case-insensitive substring of the name, or {@code null}
     * @param afterId      the last id of the previous page, or {@code null}
     * @param limit        the page size
     * @return up to {@code limit + 1} organizations in id order
     */
    public List<OrganizationEntity> page(String nameContains, String afterId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT o FROM OrganizationEntity o WHERE 1 = 1");
        if (nameContains != null) {
            jpql.append(" AND LOWER(o.name) LIKE :pattern ESCAPE '").append(LIKE_ESCAPE).append("'");
        }
        if (afterId != null) {
            jpql.append(" AND o.id > :after");
        }
        jpql.append(" ORDER BY o.id");
        var query = em.createQuery(jpql.toString(), OrganizationEntity.class).setMaxResults(limit + 1);
        if (nameContains != null) {
            query.setParameter("pattern", "%" + escapeLike(nameContains.toLowerCase(Locale.ROOT)) + "%");
        }
        if (afterId != null) {
            query.setParameter("after", afterId);
        }
        return query.getResultList();
    }

    public void add(OrganizationEntity organization) {
        em.persist(organization);
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
     * {@link jakarta.persistence.OptimisticLockException} inside the transaction rather than at commit.
     */
    public void flush() {
        em.flush();
    }

    private static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
