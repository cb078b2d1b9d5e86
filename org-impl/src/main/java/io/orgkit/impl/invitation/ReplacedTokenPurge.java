package io.orgkit.impl.invitation;

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
 * Forgets tokens replaced by a resend longer ago than an invitation lives ({@code org.invitations.ttl}): by then they
 * would have expired anyway, and an unknown token is answered 404 instead of 410.
 */
@ApplicationScoped
public class ReplacedTokenPurge implements Purgeable {
    @Inject
    @OrgUnit
    private EntityManager em;
    private InvitationSettings settings;

    /**
     * For the container's client proxy.
     */
    protected ReplacedTokenPurge() {
    }

    @Inject
    public ReplacedTokenPurge(InvitationSettings settings) {
        this.settings = settings;
    }

    @Override
    public String what() {
        return "replaced invitation tokens";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return em.createNativeQuery("DELETE FROM orgkit_invitation_replaced_token WHERE replaced_at < ? LIMIT " + limit)
                .setParameter(1, LocalDateTime.ofInstant(now.minus(settings.ttl()), ZoneOffset.UTC))
                .executeUpdate();
    }
}
