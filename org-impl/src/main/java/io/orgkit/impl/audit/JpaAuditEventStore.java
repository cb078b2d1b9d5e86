package io.orgkit.impl.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.orgkit.api.audit.AuditEventFilter;
import io.orgkit.impl.kernel.AuditEventEntity;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * Reads the audit log (the kernel's {@link io.orgkit.impl.kernel.AuditTrail} writes it): keyset pages newest first,
 * {@code WHERE id < :after ORDER BY id DESC}, on the index {@code (organization_id, id)}.
 */
@ApplicationScoped
public class JpaAuditEventStore {
    @Inject
    @OrgUnit
    private EntityManager em;

    /**
     * @param organizationId the organization
     * @param filter         which events; an action ending in a dot is a prefix
     * @param beforeId       the id to continue before (older than), or {@code null} for the newest
     * @param limit          the page size: up to {@code limit + 1} rows are read
     * @return the events, newest first
     */
    public List<AuditEventEntity> page(String organizationId, AuditEventFilter filter, String beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEventEntity e WHERE e.organizationId = :org");
        if (beforeId != null) {
            jpql.append(" AND e.id < :before");
        }
        boolean prefix = filter.action() != null && filter.action().endsWith(".");
        if (filter.action() != null) {
            jpql.append(prefix ? " AND e.action LIKE :action" : " AND e.action = :action");
        }
        if (filter.actorId() != null) {
            jpql.append(" AND (e.actorId = :actor OR e.actorUserId = :actor)");
        }
        if (filter.targetType() != null) {
            jpql.append(" AND e.targetType = :targetType");
        }
        if (filter.targetId() != null) {
            jpql.append(" AND e.targetId = :targetId");
        }
        if (filter.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
        }
        jpql.append(" ORDER BY e.id DESC");
        TypedQuery<AuditEventEntity> query = em.createQuery(jpql.toString(), AuditEventEntity.class)
                .setParameter("org", organizationId);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        if (filter.action() != null) {
            // An action prefix holds only letters, digits, '_' and '.' (checked by the service): nothing to escape.
            query.setParameter("action", prefix ? filter.action() + "%" : filter.action());
        }
        if (filter.actorId() != null) {
            query.setParameter("actor", filter.actorId());
        }
        if (filter.targetType() != null) {
            query.setParameter("targetType", filter.targetType());
        }
        if (filter.targetId() != null) {
            query.setParameter("targetId", filter.targetId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return query.setMaxResults(limit + 1).getResultList();
    }

    /**
     * Deletes events that occurred before a time.
     *
     * @param before the oldest time kept
     * @param limit  the most rows to delete
     * @return how many were deleted
     */
    public int deleteOlderThan(Instant before, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_audit_event WHERE occurred_at < ? LIMIT " + limit)
                .setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC))
                .executeUpdate();
    }
}
