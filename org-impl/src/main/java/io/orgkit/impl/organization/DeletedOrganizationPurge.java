package io.orgkit.impl.organization;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.Purgeable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Deletes for good the organizations deleted longer ago than the restore window. The schema's cascades take their
 * memberships, roles, invitations, outbox emails and API keys with them, and clear sessions' active organization.
 */
@ApplicationScoped
public class DeletedOrganizationPurge implements Purgeable {
    @Inject
    @OrgUnit
    private EntityManager em;
    private OrganizationSettings settings;

    /**
     * For the container's client proxy.
     */
    protected DeletedOrganizationPurge() {
    }

    @Inject
    public DeletedOrganizationPurge(OrganizationSettings settings) {
        this.settings = settings;
    }

    @Override
    public String what() {
        return "deleted organizations past their restore window";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_organization WHERE deleted_at < ? LIMIT " + limit)
                .setParameter(1, LocalDateTime.ofInstant(now.minus(settings.restoreWindow()), ZoneOffset.UTC))
                .executeUpdate();
    }
}
