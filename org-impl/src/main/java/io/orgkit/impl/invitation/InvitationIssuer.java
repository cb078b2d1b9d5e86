package io.orgkit.impl.invitation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.Invitations;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.MailQueue;
import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
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
public class InvitationIssuer implements Invitations {
    /** Prefix of invitation tokens. */
    public static final String TOKEN_PREFIX = "orgi_";
    private static final String PENDING_TAKEN = "This email already has a pending invitation";

    private JpaInvitationStore invitations;
    private JpaUserStore users;
    private JpaMembershipStore memberships;
    private JpaOrganizationStore organizations;
    private InvitationSettings settings;
    private InvitationMailComposer composer;
    private MailQueue outbox;
    private SystemTime time;
    private AuditTrail audit;

    /**
     * For the container's client proxy.
     */
    protected InvitationIssuer() {
    }

    @Inject
    public InvitationIssuer(JpaInvitationStore invitations, JpaUserStore users, JpaMembershipStore memberships,
                            JpaOrganizationStore organizations, InvitationSettings settings,
                            InvitationMailComposer composer, MailQueue outbox, SystemTime time,
                            AuditTrail audit) {
        this.invitations = invitations;
        this.users = users;
        this.memberships = memberships;
        this.organizations = organizations;
        this.settings = settings;
        this.composer = composer;
        this.outbox = outbox;
        this.time = time;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void invite(String organizationId, String email, String roleName, Actor inviter) {
        issue(organizationId, email, roleName, inviter);
    }

    /**
     * Creates the invitation and queues its email.
     *
     * @param organizationId the organization
     * @param email          the invited email, already validated
     * @param roleName       the role's canonical name
     * @param inviter        who invites
     * @return the invitation and its token, which exists only here and in the queued email
     * @throws ConflictException if the email is already a member or already has a pending invitation (also when a
     *                           concurrent invitation of the same email committed first), or the organization's
     *                           member limit is reached
     */
    @Transactional
    public Issued issue(String organizationId, String email, String roleName, Actor inviter) {
        return issue(organizationId, email, roleName, inviter, Carried.NOTHING);
    }

    /**
     * Creates the invitation with what it carries into the membership, and queues its email unless the caller sends
     * the link itself.
     *
     * @param organizationId the organization
     * @param email          the invited email, already validated
     * @param roleName       the role's canonical name
     * @param inviter        who invites
     * @param carried        the redirect, the metadata and whether to email, already allowed and validated
     * @return the invitation and its token, which exists only here and in the queued email
     * @throws ConflictException as {@link #issue(String, String, String, Actor)}
     */
    @Transactional
    public Issued issue(String organizationId, String email, String roleName, Actor inviter, Carried carried) {
        Instant now = time.now();
        String normalized = io.orgkit.impl.kernel.UserEntity.normalizeEmail(email);
        users.findByEmail(normalized)
                .flatMap(user -> memberships.find(organizationId, user.id()))
                .ifPresent(member -> {
                    throw new InvitationConflict(InvitationConflict.Reason.ALREADY_MEMBER,
                            "This email is already a member of the organization");
                });
        invitations.findPending(organizationId, normalized).ifPresent(existing -> {
            if (existing.statusAt(now) == InvitationStatus.PENDING) {
                throw new InvitationConflict(InvitationConflict.Reason.PENDING, PENDING_TAKEN);
            }
            existing.releaseIfExpired(now);
            // The freed slot must reach the database before the new row takes it.
            write(invitations::flush);
        });
        requireRoomFor(organizationId, now);
        String token = SecretTokens.generate(TOKEN_PREFIX);
        InvitationEntity invitation = new InvitationEntity(Ids.newId(), organizationId, normalized, roleName,
                SecretTokens.hash(token), inviter.userId(), inviter.displayName(), now, settings.ttl());
        invitation.carry(carried.redirectUrl(), carried.publicMetadata(), carried.privateMetadata());
        if (!carried.emailed()) {
            invitation.unsent();
        }
        write(() -> invitations.add(invitation));
        audit.record(inviter, organizationId, AuditActions.INVITATION_CREATED, target(invitation),
                AuditChanges.of("email", null, invitation.email()).and("role", null, invitation.roleName())
                        .and("expiresAt", null, invitation.expiresAt()));
        if (carried.emailed()) {
            queueEmail(invitation, token);
        }
        return new Issued(invitation, token);
    }

    @Override
    @Transactional
    public void requireRoomFor(String organizationId) {
        requireRoomFor(organizationId, time.now());
    }

    // Members and pending invitations count against the limit. The organization's row lock makes concurrent
    // invitations (and every member change) of one organization take turns, so two cannot both take the last seat.
    private void requireRoomFor(String organizationId, Instant now) {
        Optional<Integer> limit = organizations.lockForMemberLimit(organizationId);
        if (limit.isPresent()) {
            long taken = memberships.countMembers(organizationId) + invitations.countPending(organizationId, now);
            if (taken >= limit.get()) {
                throw new InvitationConflict(InvitationConflict.Reason.MEMBER_LIMIT, "The organization's member limit of " + limit.get() + " is reached: "
                        + taken + " members and pending invitations");
            }
        }
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

    /**
     * @param invitation an invitation
     * @return it, as the audit log names what was done to it
     */
    public static AuditTarget target(InvitationEntity invitation) {
        return new AuditTarget("invitation", invitation.id(), invitation.email());
    }

    private void queueEmail(InvitationEntity invitation, String token) {
        String organizationName = organizations.findById(invitation.organizationId())
                .map(OrganizationEntity::name)
                .orElseThrow(() -> new IllegalStateException("No organization " + invitation.organizationId()));
        outbox.enqueue(invitation.organizationId(), invitation.id(),
                composer.compose(invitation.email(), organizationName, invitation.invitedBy(), invitation.roleName(),
                        invitation.expiresAt(), InvitationMailComposer.acceptLink(settings.acceptUrl(), token)));
    }

    // The unique key uq_orgkit_invitation_pending decides between concurrent invitations of one email: the loser
    // sees a duplicate key (or a deadlock victim's rollback, or on H2 a "concurrent update") and is told what it lost
    // to.
    private static void write(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of("uq_orgkit_invitation_pending",
                    () -> new InvitationConflict(InvitationConflict.Reason.PENDING, PENDING_TAKEN)),
                    () -> new InvitationConflict(InvitationConflict.Reason.PENDING, PENDING_TAKEN));
        }
    }

    /**
     * @param token a new invitation's token
     * @return the link its recipient accepts it with
     */
    public String acceptLink(String token) {
        return InvitationMailComposer.acceptLink(settings.acceptUrl(), token);
    }

    /**
     * What an invitation carries besides its email and role.
     *
     * @param redirectUrl     where the recipient goes once accepted, or {@code null}
     * @param publicMetadata  the membership's public metadata, or {@code null}
     * @param privateMetadata the membership's private metadata, or {@code null}
     * @param emailed         whether the invitation email is queued
     */
    public record Carried(String redirectUrl, jakarta.json.JsonObject publicMetadata,
                          jakarta.json.JsonObject privateMetadata, boolean emailed) {
        /** An emailed invitation carrying nothing else. */
        public static final Carried NOTHING = new Carried(null, null, null, true);
    }

    /**
     * @param invitation the stored invitation
     * @param token      its token, shown nowhere but in the email (or in the answer, when not emailed)
     */
    public record Issued(InvitationEntity invitation, String token) {
    }
}
