package io.orgkit.impl.invitation;

import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientException;
import java.time.Instant;

import io.orgkit.api.error.ConflictException;
import io.orgkit.impl.auth.JpaUserStore;
import io.orgkit.impl.mail.InvitationMailComposer;
import io.orgkit.impl.mail.MailOutbox;
import io.orgkit.impl.member.JpaMembershipStore;
import io.orgkit.impl.organization.JpaOrganizationStore;
import io.orgkit.impl.organization.OrganizationEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Writes a new pending invitation into an organization: the one place invitations are created, whether by an
 * organization's members or by a super admin creating an organization with an {@code adminEmail}.
 * Callers have already decided the role is allowed; this checks the rules every invitation obeys, and queues the
 * invitation email in the outbox in the same transaction, so an invitation never exists without its email nor an
 * email without its invitation.
 */
@ApplicationScoped
public class InvitationIssuer {
    /** Prefix of invitation tokens. */
    public static final String TOKEN_PREFIX = "orgi_";

    private final JpaInvitationStore invitations;
    private final JpaUserStore users;
    private final JpaMembershipStore memberships;
    private final JpaOrganizationStore organizations;
    private final InvitationSettings settings;
    private final InvitationMailComposer composer;
    private final MailOutbox outbox;
    private final SystemTime time;

    @Inject
    public InvitationIssuer(JpaInvitationStore invitations, JpaUserStore users, JpaMembershipStore memberships,
                            JpaOrganizationStore organizations, InvitationSettings settings,
                            InvitationMailComposer composer, MailOutbox outbox, SystemTime time) {
        this.invitations = invitations;
        this.users = users;
        this.memberships = memberships;
        this.organizations = organizations;
        this.settings = settings;
        this.composer = composer;
        this.outbox = outbox;
        this.time = time;
    }

    /**
     * Creates the invitation and queues its email.
     *
     * @param organizationId  the organization
     * @param email           the invited email, already validated and lower-cased
     * @param roleName        the role's canonical name
     * @param inviterUserId   the inviting user, or {@code null} for an API key
     * @param inviterDisplay  who invited, as shown to the recipient
     * @return the invitation and its token, which exists only here and in the queued email
     * @throws ConflictException if the email is already a member or already has a pending invitation (also when a
     *                           concurrent invitation of the same email committed first)
     */
    @Transactional
    public Issued issue(String organizationId, String email, String roleName, String inviterUserId, String inviterDisplay) {
        Instant now = time.now();
        users.findByEmail(email)
                .flatMap(user -> memberships.find(organizationId, user.id()))
                .ifPresent(member -> {
                    throw new ConflictException("This email is already a member of the organization");
                });
        invitations.findPending(organizationId, email).ifPresent(existing -> {
            if (existing.statusAt(now) == InvitationStatus.PENDING) {
                throw new ConflictException("This email already has a pending invitation");
            }
            existing.releaseIfExpired(now);
            // The freed slot must reach the database before the new row takes it.
            flushOrConflict();
        });
        String token = SecretTokens.generate(TOKEN_PREFIX);
        InvitationEntity invitation = new InvitationEntity(Ids.newId(), organizationId, email, roleName,
                SecretTokens.hash(token), inviterUserId, inviterDisplay, now, settings.ttl());
        try {
            invitations.add(invitation);
        } catch (PersistenceException e) {
            throw raceLost(e);
        }
        queueEmail(invitation, token);
        return new Issued(invitation, token);
    }

    /**
     * Re-sends a pending invitation: a new token (the old one stops working), a fresh expiry, the old token's unsent
     * email cancelled and a new one queued.
     *
     * @param invitation a pending invitation
     * @return the new token
     */
    @Transactional
    public String reissue(InvitationEntity invitation) {
        String token = SecretTokens.generate(TOKEN_PREFIX);
        Instant now = time.now();
        invitations.addReplacedToken(invitation.tokenHash(), invitation.id(), now);
        invitation.reissue(SecretTokens.hash(token), now, settings.ttl());
        outbox.cancelUnsent(invitation.id());
        queueEmail(invitation, token);
        return token;
    }

    /**
     * Cancels the invitation's unsent emails (it was revoked): a revoked invitation's email is never sent late.
     *
     * @param invitation the invitation
     */
    @Transactional
    public void cancelEmails(InvitationEntity invitation) {
        outbox.cancelUnsent(invitation.id());
    }

    private void queueEmail(InvitationEntity invitation, String token) {
        String organizationName = organizations.findById(invitation.organizationId())
                .map(OrganizationEntity::name)
                .orElseThrow(() -> new IllegalStateException("No organization " + invitation.organizationId()));
        outbox.enqueue(invitation.organizationId(), invitation.id(),
                composer.compose(invitation.email(), organizationName, invitation.invitedBy(), invitation.roleName(),
                        invitation.expiresAt(), InvitationMailComposer.acceptLink(settings.acceptUrl(), token)));
    }

    private void flushOrConflict() {
        try {
            invitations.flush();
        } catch (PersistenceException e) {
            throw raceLost(e);
        }
    }

    // The unique key uq_orgkit_invitation_pending decides between concurrent invitations of one email: the loser
    // sees a duplicate key (or, on MariaDB, possibly a deadlock victim's rollback) and is told what it lost to.
    private static RuntimeException raceLost(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // H2 refuses a concurrent insert into the same unique key as a "concurrent update" or a lock timeout.
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLTransactionRollbackException || cause instanceof SQLTransientException) {
                return new ConflictException("This email already has a pending invitation");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return e;
    }

    /**
     * @param invitation the stored invitation
     * @param token      its token, shown nowhere but in the email
     */
    public record Issued(InvitationEntity invitation, String token) {
    }
}
