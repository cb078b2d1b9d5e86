package io.orgkit.app.testing;

import java.util.List;

import io.orgkit.impl.kernel.AuditEventEntity;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads the audit log as stored, for tests that check what a request wrote: each such test sends its own
 * {@code X-Request-Id} and reads the events of that id.
 */
@ApplicationScoped
public class AuditFixtures {
    @Inject
    @OrgUnit
    EntityManager em;

    /** The events a request wrote, oldest first. */
    @Transactional
    public List<AuditEventEntity> ofRequest(String requestId) {
        return em.createQuery("SELECT e FROM AuditEventEntity e WHERE e.requestId = :id ORDER BY e.id",
                        AuditEventEntity.class)
                .setParameter("id", requestId)
                .getResultList();
    }

    /** The events with this action done to this target, in any organization or none, oldest first. */
    @Transactional
    public List<AuditEventEntity> ofTarget(String action, String targetId) {
        return em.createQuery("SELECT e FROM AuditEventEntity e WHERE e.action = :action AND e.targetId = :target "
                        + "ORDER BY e.id", AuditEventEntity.class)
                .setParameter("action", action)
                .setParameter("target", targetId)
                .getResultList();
    }

    /** The events of an organization, oldest first. */
    @Transactional
    public List<AuditEventEntity> ofOrganization(String organizationId) {
        return em.createQuery("SELECT e FROM AuditEventEntity e WHERE e.organizationId = :org ORDER BY e.id",
                        AuditEventEntity.class)
                .setParameter("org", organizationId)
                .getResultList();
    }
}
