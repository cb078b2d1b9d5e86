package io.orgkit.impl.invitation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.orgkit.api.auth.LoginResponse;
import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.GoneException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.OrgException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.invitation.AcceptInvitationRequest;
import io.orgkit.api.invitation.AcceptedInvitation;
import io.orgkit.api.invitation.BulkInvitationRequest;
import io.orgkit.api.invitation.BulkInvitationResponse;
import io.orgkit.api.invitation.BulkInvitationResult;
import io.orgkit.api.invitation.CreateInvitationRequest;
import io.orgkit.api.invitation.InvitationLookup;
import io.orgkit.api.invitation.InvitationMembership;
import io.orgkit.api.invitation.InvitationOrganization;
import io.orgkit.api.invitation.InvitationService;
import io.orgkit.api.invitation.InvitationTokenRequest;
import io.orgkit.api.invitation.InvitationView;
import io.orgkit.api.invitation.PendingInvitation;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.Authorization;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.MembershipEntity;
import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.PasswordPolicy;
import io.orgkit.impl.kernel.Sessions;
import io.orgkit.impl.kernel.UserAccounts;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Keyset;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.RetryOnRace;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.validation.RecordValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Invitations: the organization's side (list, invite, resend, revoke) and the recipient's (lookup, accept).
 *
 * <p>Accepting is exactly-once: the invitation row is locked ({@code SELECT … FOR UPDATE}) and re-read before it is
 * used, so of concurrent accepts of one token the first commits the membership and every later one finds the
 * invitation accepted (410), whatever else it would have been refused for. The slow part, hashing a new user's
 * password, happens before the lock is taken.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultInvitationService implements InvitationService {
    private JpaInvitationStore invitations;
    private InvitationIssuer issuer;
    private InvitationTokenThrottle throttle;
    private InvitationQuota quota;
    private InvitationSettings settings;
    private JpaOrganizationStore organizations;
    private JpaUserStore users;
    private JpaMembershipStore memberships;
    private UserAccounts accounts;
    private Sessions sessions;
    private EffectiveRoles roles;
    private SystemTime time;
    private PasswordPolicy passwords;
    private AuditTrail audit;
    private InvitationService entries;
    private RecordValidator validator;

    /**
     * For the container's client proxy.
     */
    protected DefaultInvitationService() {
    }

    @Inject
    public DefaultInvitationService(JpaInvitationStore invitations, InvitationIssuer issuer,
                                    InvitationTokenThrottle throttle, InvitationQuota quota,
                                    InvitationSettings settings,
                                    JpaOrganizationStore organizations, JpaUserStore users,
                                    JpaMembershipStore memberships, UserAccounts accounts, Sessions sessions,
                                    EffectiveRoles roles, SystemTime time,
                                    PasswordPolicy passwords, AuditTrail audit, InvitationService entries,
                                    RecordValidator validator) {
        this.invitations = invitations;
        this.issuer = issuer;
        this.throttle = throttle;
        this.quota = quota;
        this.settings = settings;
        this.organizations = organizations;
        this.users = users;
        this.memberships = memberships;
        this.accounts = accounts;
        this.sessions = sessions;
        this.roles = roles;
        this.time = time;
        this.passwords = passwords;
        this.audit = audit;
        this.entries = entries;
        this.validator = validator;
    }

    @Override
    @ReadWithoutTransaction
    public Page<InvitationView> list(OrganizationScope scope, String status, PageRequest page) {
        InvitationStatus filter = parseStatus(status);
        Instant now = time.now();
        List<InvitationEntity> rows = invitations.page(scope.organizationId(), filter, now, Keyset.after(page),
                page.limit());
        return Keyset.page(rows, page.limit(), row -> view(row, now), InvitationView::id);
    }

    @Override
    @ReadWithoutTransaction
    public InvitationView get(OrganizationScope scope, String id) {
        return view(find(scope, id), time.now());
    }

    @Override
    @RetryOnRace
    @Transactional
    public InvitationView create(OrganizationScope scope, CreateInvitationRequest request) {
        String role = roles.canonicalName(scope.organizationId(),
                        request.role() == null ? SystemRole.MEMBER.roleName() : request.role())
                .orElseThrow(() -> new UnprocessableException("role", "no such role in this organization"));
        requireWithinActor(scope, role, "Inviting to the role '" + role + "'");
        if (!request.emailed()) {
            Authorization.requireAll(scope, List.of(Permissions.INVITATIONS_LINK),
                    "Creating an invitation without its email (sendEmail: false)");
        }
        if (request.privateMetadata() != null && !request.privateMetadata().isEmpty()
                && !(scope.actor().superAdmin() || SystemRole.ADMIN.roleName().equals(scope.role()))) {
            throw new AccessDeniedException("Only an Admin sets a membership's private metadata");
        }
        String redirect = request.redirectUrl() == null || request.redirectUrl().isBlank() ? null
                : request.redirectUrl().strip();
        if (redirect != null && !settings.redirectAllowList().allows(redirect)) {
            throw new UnprocessableException("redirectUrl", "is not on the redirect allow-list");
        }
        // Link-only invitations count against the send quotas too: the quotas ration invitations, whoever mails them.
        quota.count(scope.organizationId(), scope.actor());
        InvitationIssuer.Issued issued = issuer.issue(scope.organizationId(), request.email().strip(), role,
                scope.actor(), new InvitationIssuer.Carried(redirect, request.publicMetadata(),
                        request.privateMetadata(), request.emailed()));
        InvitationView view = view(issued.invitation(), time.now());
        return request.emailed() ? view : withLink(view, issuer.acceptLink(issued.token()));
    }

    // Each entry in a transaction of its own, through the container's proxy (so each is also validated, gated by the
    // same rules and audited as a single create): one entry's refusal never undoes another's invitation, and none is
    // half-written.
    @Override
    public BulkInvitationResponse createAll(OrganizationScope scope, BulkInvitationRequest request) {
        List<BulkInvitationResult> results = new java.util.ArrayList<>(request.invitations().size());
        int created = 0;
        for (int index = 0; index < request.invitations().size(); index++) {
            CreateInvitationRequest entry = request.invitations().get(index);
            BulkInvitationResult result = createOne(scope, index, entry);
            if (result.id() != null) {
                created++;
            }
            results.add(result);
        }
        return new BulkInvitationResponse(results, created);
    }

    private BulkInvitationResult createOne(OrganizationScope scope, int index, CreateInvitationRequest entry) {
        try {
            validator.check(entry);
            return new BulkInvitationResult(index, entry.email(), "created", entries.create(scope, entry).id(),
                    null, null);
        } catch (InvalidRequestException e) {
            return refused(index, entry, "invalid", e.getMessage(), e.errors());
        } catch (UnprocessableException e) {
            return refused(index, entry, "invalid", e.getMessage(), e.errors());
        } catch (AccessDeniedException e) {
            return refused(index, entry, "forbidden", e.getMessage(), null);
        } catch (TooManyRequestsException e) {
            return refused(index, entry, "quota_exceeded", e.getMessage(), null);
        } catch (InvitationConflict e) {
            return refused(index, entry, switch (e.reason()) {
                case ALREADY_MEMBER -> "already_member";
                case PENDING -> "pending";
                case MEMBER_LIMIT -> "member_limit";
            }, e.getMessage(), null);
        }
    }

    private static BulkInvitationResult refused(int index, CreateInvitationRequest entry, String result, String detail,
                                                List<io.orgkit.api.error.FieldError> errors) {
        return new BulkInvitationResult(index, entry.email(), result, null, errors, detail);
    }

    @Override
    @RetryOnRace
    @Transactional
    public InvitationView resend(OrganizationScope scope, String id) {
        InvitationEntity invitation = find(scope, id);
        Instant now = time.now();
        requirePending(invitation, now, "re-sent");
        requireWithinActor(scope, invitation.roleName(), "Re-sending an invitation to the role '"
                + invitation.roleName() + "'");
        Instant allowedAt = invitation.lastSentAt().plus(settings.resendCooldown());
        if (now.isBefore(allowedAt)) {
            throw new TooManyRequestsException("This invitation was sent moments ago; it can be re-sent in a while",
                    Duration.between(now, allowedAt));
        }
        quota.count(scope.organizationId(), scope.actor());
        Instant expiredAt = invitation.expiresAt();
        issuer.reissue(invitation);
        audit.record(scope, AuditActions.INVITATION_RESENT, InvitationIssuer.target(invitation),
                AuditChanges.of("expiresAt", expiredAt, invitation.expiresAt()));
        return view(invitation, now);
    }

    @Override
    @RetryOnRace
    @Transactional
    public void revoke(OrganizationScope scope, String id) {
        InvitationEntity invitation = find(scope, id);
        Instant now = time.now();
        requirePending(invitation, now, "revoked");
        requireWithinActor(scope, invitation.roleName(), "Revoking an invitation to the role '"
                + invitation.roleName() + "'");
        invitation.revoke(now);
        audit.record(scope, AuditActions.INVITATION_REVOKED, InvitationIssuer.target(invitation),
                AuditChanges.of("status", "pending", "revoked"));
        issuer.cancelEmails(invitation);
    }

    // An unknown token must commit its failure count, hence no rollback on the 404.
    @Override
    @Transactional(dontRollbackOn = ResourceNotFoundException.class)
    public InvitationLookup lookup(InvitationTokenRequest request) {
        InvitationEntity invitation = usable(request.token().strip(), time.now());
        OrganizationEntity organization = organization(invitation);
        return new InvitationLookup(new InvitationOrganization(organization.id(), organization.name(),
                organization.logo()), invitation.email(), invitation.roleName(), invitation.expiresAt(),
                invitation.invitedBy());
    }

    @Override
    @RetryOnRace
    @Transactional(dontRollbackOn = ResourceNotFoundException.class)
    public AcceptedInvitation accept(AcceptInvitationRequest request, Actor caller) {
        String token = request.token().strip();
        InvitationEntity invitation = usable(token, time.now());
        organization(invitation);
        Optional<UserEntity> existing = users.findByEmail(invitation.email());
        Optional<OrgException> refusal = existing.flatMap(invitee -> refusalToAccept(invitee, caller));
        UserAccounts.NewAccount newAccount = existing.isPresent() ? null : prepare(invitation, request);
        lock(invitation);
        Instant now = time.now();
        if (!invitation.tokenHash().equals(SecretTokens.hash(token))) {
            throw new GoneException("This invitation was re-sent with a new token; use the latest email");
        }
        if (invitation.statusAt(now) != InvitationStatus.PENDING) {
            throw gone(invitation, now);
        }
        // Only now that the invitation is known to be still pending: a concurrent accept that created the invited
        // account after this one read the invitation must make this one 410, not 401 "log in as that account".
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        UserEntity user = existing.isPresent() ? existing.get() : accounts.create(newAccount);
        // The invitation came to this address, and its token back: the user controls the email.
        user.emailVerified(now);
        if (memberships.find(invitation.organizationId(), user.id()).isPresent()) {
            throw new ConflictException("You are already a member of this organization");
        }
        MembershipEntity membership = new MembershipEntity(Ids.newId(), invitation.organizationId(), user.id(),
                invitation.roleName(), now);
        membership.changeMetadata(invitation.publicMetadata(), invitation.privateMetadata());
        memberships.add(membership);
        invitation.accept(now);
        try {
            invitations.flush();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.classify(e).orElse(null) == DatabaseConflicts.Kind.STALE
                    ? new GoneException("This invitation was used or changed concurrently")
                    : DatabaseConflicts.translate(e, java.util.Map.of(), null);
        }
        // The one who accepts is the invited user, whether a session of theirs called or the account was just made.
        Actor joiner = caller != null && caller.isSession() ? caller
                : new Actor(Actor.Kind.SESSION, null, user.id(), user.email(), user.superAdmin());
        audit.record(joiner, invitation.organizationId(), AuditActions.INVITATION_ACCEPTED,
                InvitationIssuer.target(invitation), AuditChanges.of("status", "pending", "accepted"));
        audit.record(joiner, invitation.organizationId(), AuditActions.MEMBER_JOINED,
                new AuditTarget("member", membership.id(), user.email()),
                AuditChanges.of("userId", null, user.id()).and("role", null, membership.roleName()));
        InvitationMembership joined = new InvitationMembership(membership.id(), membership.organizationId(),
                user.id(), user.email(), user.name(), membership.roleName(), membership.joinedAt());
        if (existing.isPresent()) {
            return new AcceptedInvitation(joined, null, null, UserAccounts.view(user), invitation.organizationId(),
                    invitation.redirectUrl());
        }
        LoginResponse session = sessions.open(user, invitation.organizationId());
        return new AcceptedInvitation(joined, session.token(), session.expiresAt(), session.user(),
                session.organizationId(), invitation.redirectUrl());
    }

    @Override
    @ReadWithoutTransaction
    public Page<PendingInvitation> pendingFor(Actor user) {
        UserEntity invitee = invitee(user);
        List<PendingInvitation> pending = invitations.findPendingTo(invitee.email(), time.now(), PageRequest.MAX_LIMIT)
                .stream()
                .flatMap(invitation -> organizations.findById(invitation.organizationId()).stream()
                        .map(organization -> new PendingInvitation(invitation.id(),
                                new InvitationOrganization(organization.id(), organization.name(), organization.logo()),
                                invitation.roleName(), invitation.invitedBy(), invitation.expiresAt())))
                .toList();
        return new Page<>(pending, null);
    }

    @Override
    @RetryOnRace
    @Transactional
    public void decline(Actor user, String invitationId) {
        UserEntity invitee = invitee(user);
        Instant now = time.now();
        InvitationEntity invitation = Ids.parse(invitationId)
                .flatMap(id -> invitations.findPendingById(id, invitee.email()))
                .filter(found -> found.statusAt(now) == InvitationStatus.PENDING)
                .orElseThrow(() -> new ResourceNotFoundException("No pending invitation " + invitationId
                        + " to your email"));
        lock(invitation);
        if (invitation.statusAt(now) != InvitationStatus.PENDING) {
            throw gone(invitation, now);
        }
        invitation.decline(now);
        audit.record(user, invitation.organizationId(), AuditActions.INVITATION_DECLINED,
                InvitationIssuer.target(invitation), AuditChanges.of("status", "pending", "declined"));
        issuer.cancelEmails(invitation);
    }

    // The user behind a caller that must be a signed-in user; invitations are matched to the user's email, which
    // the module holds as verified (an invitation, a reset or the identity provider proved it).
    private UserEntity invitee(Actor user) {
        if (!user.isUser()) {
            throw new AccessDeniedException("This needs a signed-in user; API keys are not accepted");
        }
        return users.findById(user.userId())
                .orElseThrow(() -> new AuthenticationRequiredException("The user no longer exists"));
    }

    private UserAccounts.NewAccount prepare(InvitationEntity invitation, AcceptInvitationRequest request) {
        if (!passwords.enabled()) {
            throw new AuthenticationRequiredException("Sign in with the identity provider as the invited email, then "
                    + "accept with its token: this server has no passwords");
        }
        if (request.name() == null) {
            throw InvalidRequestException.field("name", "is required to create the invited account");
        }
        if (request.password() == null) {
            throw InvalidRequestException.field("password", "is required to create the invited account");
        }
        return accounts.prepare(new UserAccounts.NewUser(invitation.email(), request.name(), request.password()),
                false);
    }

    // Why the caller may not accept an invitation for this existing account, if it may not.
    private static Optional<OrgException> refusalToAccept(UserEntity invitee, Actor caller) {
        if (caller == null) {
            return Optional.of(new AuthenticationRequiredException(
                    "An account with the invited email exists: log in as that account to accept"));
        }
        if (!caller.isUser()) {
            return Optional.of(new AccessDeniedException("An invitation is accepted with the invited user's session, "
                    + "not an API key"));
        }
        if (!invitee.id().equals(caller.userId())) {
            return Optional.of(new AccessDeniedException("This invitation is for another account: log in as the "
                    + "invited email to accept it"));
        }
        return Optional.empty();
    }

    private void lock(InvitationEntity invitation) {
        try {
            invitations.lockForUpdate(invitation);
        } catch (PersistenceException e) {
            if (DatabaseConflicts.classify(e).isPresent()) {
                // The database gave up waiting for a concurrent accept of the same token.
                throw DatabaseConflicts.because(
                        new ConflictException("This invitation is being accepted right now; try again in a moment"), e);
            }
            throw e;
        }
    }

    private InvitationEntity usable(String token, Instant now) {
        throttle.checkAllowed();
        String hash = SecretTokens.hash(token);
        Optional<InvitationEntity> found = token.startsWith(InvitationIssuer.TOKEN_PREFIX)
                ? invitations.findByTokenHash(hash)
                : Optional.empty();
        if (found.isEmpty() && token.startsWith(InvitationIssuer.TOKEN_PREFIX) && invitations.isReplacedToken(hash)) {
            throw new GoneException("This invitation was re-sent with a new token; use the latest email");
        }
        if (found.isEmpty()) {
            throttle.recordFailure();
            throw new ResourceNotFoundException("No invitation has this token");
        }
        InvitationEntity invitation = found.get();
        if (invitation.statusAt(now) != InvitationStatus.PENDING) {
            throw gone(invitation, now);
        }
        return invitation;
    }

    private static GoneException gone(InvitationEntity invitation, Instant now) {
        return new GoneException("This invitation is " + invitation.statusAt(now).apiName());
    }

    private OrganizationEntity organization(InvitationEntity invitation) {
        // A deleted organization's invitations are as if it were gone already.
        return organizations.findById(invitation.organizationId()).filter(organization -> !organization.deleted())
                .orElseThrow(() -> new ResourceNotFoundException("No invitation has this token"));
    }

    private InvitationEntity find(OrganizationScope scope, String id) {
        return Ids.parse(id).flatMap(invitationId -> invitations.find(scope.organizationId(), invitationId))
                .orElseThrow(() -> new ResourceNotFoundException("No invitation " + id + " in this organization"));
    }

    private static void requirePending(InvitationEntity invitation, Instant now, String action) {
        InvitationStatus status = invitation.statusAt(now);
        if (status != InvitationStatus.PENDING) {
            throw new ConflictException("Only a pending invitation can be " + action + "; this one is "
                    + status.apiName());
        }
    }

    private void requireWithinActor(OrganizationScope scope, String role, String what) {
        Authorization.requireAll(scope, roles.permissionsOf(scope.organizationId(), role), what);
    }

    private static InvitationStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (InvitationStatus candidate : InvitationStatus.values()) {
            if (candidate.apiName().equals(status.strip().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw InvalidRequestException.field("status", "must be one of pending, accepted, revoked, declined, expired");
    }

    private static InvitationView view(InvitationEntity invitation, Instant now) {
        return new InvitationView(invitation.id(), invitation.email(), invitation.roleName(),
                invitation.statusAt(now).apiName(), invitation.invitedBy(), invitation.createdAt(),
                invitation.expiresAt(), invitation.lastSentAt(), invitation.sendCount(), invitation.redirectUrl(), null);
    }

    private static InvitationView withLink(InvitationView view, String link) {
        return new InvitationView(view.id(), view.email(), view.role(), view.status(), view.invitedBy(),
                view.createdAt(), view.expiresAt(), view.lastSentAt(), view.sendCount(), view.redirectUrl(), link);
    }
}
