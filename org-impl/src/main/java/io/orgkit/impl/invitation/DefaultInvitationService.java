package io.orgkit.impl.invitation;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.orgkit.api.auth.LoginResponse;
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
import io.orgkit.api.invitation.CreateInvitationRequest;
import io.orgkit.api.invitation.InvitationLookup;
import io.orgkit.api.invitation.InvitationMembership;
import io.orgkit.api.invitation.InvitationOrganization;
import io.orgkit.api.invitation.InvitationService;
import io.orgkit.api.invitation.InvitationTokenRequest;
import io.orgkit.api.invitation.InvitationView;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.auth.JpaUserStore;
import io.orgkit.impl.auth.SessionIssuer;
import io.orgkit.impl.auth.UserAccountService;
import io.orgkit.impl.auth.UserEntity;
import io.orgkit.impl.member.JpaMembershipStore;
import io.orgkit.impl.member.MembershipEntity;
import io.orgkit.impl.organization.JpaOrganizationStore;
import io.orgkit.impl.organization.OrganizationEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadOnly;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.role.RoleResolver;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.security.SecretTokens;
import io.orgkit.impl.web.CursorCodec;
import io.orgkit.impl.web.FieldChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;

/**
 * Invitations: the organization's side (list, invite, resend, revoke) and the recipient's (lookup, accept).
 * <p>
 * Accepting is exactly-once: the invitation row is locked ({@code SELECT … FOR UPDATE}) and re-read before it is
 * used, so of concurrent accepts of one token the first commits the membership and every later one finds the
 * invitation accepted (410), whatever else it would have been refused for. The slow part, hashing a new user's
 * password, happens before the lock is taken.
 */
@ApplicationScoped
public class DefaultInvitationService implements InvitationService {
    private static final int MAX_TOKEN = 200;

    private final JpaInvitationStore invitations;
    private final InvitationIssuer issuer;
    private final InvitationTokenThrottle throttle;
    private final InvitationSettings settings;
    private final JpaOrganizationStore organizations;
    private final JpaUserStore users;
    private final JpaMembershipStore memberships;
    private final UserAccountService accounts;
    private final SessionIssuer sessions;
    private final RoleResolver roles;
    private final CallerContext callers;
    private final SystemTime time;

    @Inject
    public DefaultInvitationService(JpaInvitationStore invitations, InvitationIssuer issuer,
                                    InvitationTokenThrottle throttle, InvitationSettings settings,
                                    JpaOrganizationStore organizations, JpaUserStore users,
                                    JpaMembershipStore memberships, UserAccountService accounts,
                                    SessionIssuer sessions, RoleResolver roles, CallerContext callers,
                                    SystemTime time) {
        this.invitations = invitations;
        this.issuer = issuer;
        this.throttle = throttle;
        this.settings = settings;
        this.organizations = organizations;
        this.users = users;
        this.memberships = memberships;
        this.accounts = accounts;
        this.sessions = sessions;
        this.roles = roles;
        this.callers = callers;
        this.time = time;
    }

    @Override
    @ReadOnly
    public Page<InvitationView> list(String status, PageRequest page) {
        String organizationId = callers.require().requireOrganization();
        InvitationStatus filter = parseStatus(status);
        Instant now = time.now();
        List<InvitationEntity> rows = invitations.page(organizationId, filter, now, CursorCodec.decode(page.cursor()),
                page.limit());
        boolean more = rows.size() > page.limit();
        List<InvitationView> data = rows.stream().limit(page.limit()).map(row -> view(row, now)).toList();
        return new Page<>(data, more ? CursorCodec.encode(data.getLast().id()) : null);
    }

    @Override
    @Transactional
    public InvitationView create(CreateInvitationRequest request) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        String email = FieldChecks.email("email", request.email());
        String requested = request.role() == null || request.role().isBlank() ? SystemRoles.MEMBER
                : FieldChecks.requiredText("role", request.role(), 64);
        String role = roles.canonicalName(organizationId, requested)
                .orElseThrow(() -> new UnprocessableException("role", "no such role in this organization"));
        requireWithinCaller(caller, organizationId, role, "invite to");
        InvitationIssuer.Issued issued = issuer.issue(organizationId, email, role, caller.userId(),
                caller.displayName());
        return view(issued.invitation(), time.now());
    }

    @Override
    @Transactional
    public InvitationView resend(String id) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        InvitationEntity invitation = find(organizationId, id);
        Instant now = time.now();
        requirePending(invitation, now, "re-sent");
        requireWithinCaller(caller, organizationId, invitation.roleName(), "re-send an invitation to");
        Instant allowedAt = invitation.lastSentAt().plus(settings.resendCooldown());
        if (now.isBefore(allowedAt)) {
            throw new TooManyRequestsException("This invitation was sent moments ago; it can be re-sent in a while",
                    Duration.between(now, allowedAt));
        }
        issuer.reissue(invitation);
        return view(invitation, now);
    }

    @Override
    @Transactional
    public void revoke(String id) {
        Caller caller = callers.require();
        String organizationId = caller.requireOrganization();
        InvitationEntity invitation = find(organizationId, id);
        Instant now = time.now();
        requirePending(invitation, now, "revoked");
        requireWithinCaller(caller, organizationId, invitation.roleName(), "revoke an invitation to");
        invitation.revoke(now);
        issuer.cancelEmails(invitation);
    }

    // An unknown token must commit its failure count, hence no rollback on the 404.
    @Override
    @Transactional(dontRollbackOn = ResourceNotFoundException.class)
    public InvitationLookup lookup(InvitationTokenRequest request) {
        String token = token(request.token());
        InvitationEntity invitation = usable(token, time.now());
        OrganizationEntity organization = organization(invitation);
        return new InvitationLookup(new InvitationOrganization(organization.id(), organization.name(),
                organization.logo()), invitation.email(), invitation.roleName(), invitation.expiresAt(),
                invitation.invitedBy());
    }

    @Override
    @Transactional(dontRollbackOn = ResourceNotFoundException.class)
    public AcceptedInvitation accept(AcceptInvitationRequest request) {
        String token = token(request.token());
        InvitationEntity invitation = usable(token, time.now());
        Optional<UserEntity> existing = users.findByEmail(invitation.email());
        Optional<OrgException> refusal = existing.flatMap(this::refusalToAccept);
        UserAccountService.NewAccount newAccount = existing.isPresent() ? null
                : accounts.prepare(invitation.email(), request.name(), request.password(), false);

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
        if (memberships.find(invitation.organizationId(), user.id()).isPresent()) {
            throw new ConflictException("You are already a member of this organization");
        }
        MembershipEntity membership = new MembershipEntity(Ids.newId(), invitation.organizationId(), user.id(),
                invitation.roleName(), now);
        memberships.add(membership);
        invitation.accept(now);
        try {
            invitations.flush();
        } catch (OptimisticLockException e) {
            throw new GoneException("This invitation was used or changed concurrently");
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                throw new ConflictException("You are already a member of this organization");
            }
            throw e;
        }
        InvitationMembership joined = new InvitationMembership(membership.id(), membership.organizationId(),
                user.id(), user.email(), user.name(), membership.roleName(), membership.joinedAt());
        if (existing.isPresent()) {
            return new AcceptedInvitation(joined, null, null, UserAccountService.view(user),
                    invitation.organizationId());
        }
        LoginResponse session = sessions.open(user, invitation.organizationId());
        return new AcceptedInvitation(joined, session.token(), session.expiresAt(), session.user(),
                session.organizationId());
    }

    // Why the current caller may not accept an invitation for this existing account, if it may not.
    private Optional<OrgException> refusalToAccept(UserEntity invitee) {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return Optional.of(callers.refusedOr(new AuthenticationRequiredException(
                    "An account with the invited email exists: log in as that account to accept")));
        }
        if (!caller.get().kind().isSession()) {
            return Optional.of(new AccessDeniedException("An invitation is accepted with the invited user's session, "
                    + "not an API key"));
        }
        if (!invitee.id().equals(caller.get().userId())) {
            return Optional.of(new AccessDeniedException("This invitation is for another account: log in as the "
                    + "invited email to accept it"));
        }
        return Optional.empty();
    }

    private void lock(InvitationEntity invitation) {
        try {
            invitations.lockForUpdate(invitation);
        } catch (PessimisticLockException | LockTimeoutException e) {
            // The database gave up waiting for a concurrent accept of the same token.
            throw new ConflictException("This invitation is being accepted right now; try again in a moment");
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

    private static String token(String token) {
        if (token == null || token.isBlank()) {
            throw InvalidRequestException.field("token", "is required");
        }
        if (token.length() > MAX_TOKEN) {
            throw InvalidRequestException.field("token", "must be at most " + MAX_TOKEN + " characters");
        }
        return token.strip();
    }

    private OrganizationEntity organization(InvitationEntity invitation) {
        return organizations.findById(invitation.organizationId())
                .orElseThrow(() -> new ResourceNotFoundException("No invitation has this token"));
    }

    private InvitationEntity find(String organizationId, String id) {
        return (Ids.isWellFormed(id) ? invitations.find(organizationId, id.toLowerCase(Locale.ROOT))
                : Optional.<InvitationEntity>empty())
                .orElseThrow(() -> new ResourceNotFoundException("No invitation " + id + " in this organization"));
    }

    private static void requirePending(InvitationEntity invitation, Instant now, String action) {
        InvitationStatus status = invitation.statusAt(now);
        if (status != InvitationStatus.PENDING) {
            throw new ConflictException("Only a pending invitation can be " + action + "; this one is "
                    + status.apiName());
        }
    }

    private void requireWithinCaller(Caller caller, String organizationId, String role, String action) {
        Set<String> missing = new HashSet<>(roles.permissionsOf(organizationId, role));
        missing.removeAll(caller.permissions());
        if (!missing.isEmpty()) {
            throw new AccessDeniedException("You cannot " + action + " the role '" + role
                    + "': it grants permissions you do not hold", missing);
        }
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
        throw InvalidRequestException.field("status", "must be one of pending, accepted, revoked, expired");
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static InvitationView view(InvitationEntity invitation, Instant now) {
        return new InvitationView(invitation.id(), invitation.email(), invitation.roleName(),
                invitation.statusAt(now).apiName(), invitation.invitedBy(), invitation.createdAt(),
                invitation.expiresAt(), invitation.lastSentAt(), invitation.sendCount());
    }
}
