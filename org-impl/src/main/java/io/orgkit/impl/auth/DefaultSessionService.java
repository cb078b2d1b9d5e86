package io.orgkit.impl.auth;

import java.time.Instant;
import java.util.List;

import io.orgkit.api.auth.LoginRequest;
import io.orgkit.api.auth.LoginResponse;
import io.orgkit.api.auth.MembershipSummary;
import io.orgkit.api.auth.SessionService;
import io.orgkit.api.auth.SessionSummary;
import io.orgkit.api.auth.SessionView;
import io.orgkit.api.auth.SwitchOrganizationRequest;
import io.orgkit.api.auth.SwitchedSession;
import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.PasswordPolicy;
import io.orgkit.impl.kernel.UserAccounts;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Sessions in the database: any node can serve any session, and logging out ends it everywhere at once.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultSessionService implements SessionService {
    private JpaUserStore users;
    private JpaSessionStore sessions;
    private JpaMembershipStore memberships;
    private PasswordHasher hasher;
    private LoginThrottle throttle;
    private SessionIssuer issuer;
    private SessionSettings settings;
    private SystemTime time;
    private PasswordPolicy passwords;
    private AuditTrail audit;

    /**
     * For the container's client proxy.
     */
    protected DefaultSessionService() {
    }

    @Inject
    public DefaultSessionService(JpaUserStore users, JpaSessionStore sessions, JpaMembershipStore memberships,
                                 PasswordHasher hasher, LoginThrottle throttle, SessionIssuer issuer,
                                 SessionSettings settings, SystemTime time, PasswordPolicy passwords,
                                 AuditTrail audit) {
        this.audit = audit;
        this.users = users;
        this.sessions = sessions;
        this.memberships = memberships;
        this.hasher = hasher;
        this.throttle = throttle;
        this.issuer = issuer;
        this.settings = settings;
        this.time = time;
        this.passwords = passwords;
    }

    // Outside a transaction, so that no pooled connection is held while Argon2 runs (tens of milliseconds, and
    // queued behind other logins in a burst); the failure count and the new session are written in transactions
    // of their own, so a wrong password's count is committed although the request fails.
    @Override
    @ReadWithoutTransaction
    public LoginResponse login(LoginRequest request) {
        passwords.requireEnabled();
        String email = request.email().strip();
        String requestedOrganization = request.organizationId() == null ? null
                : request.organizationId().toLowerCase(java.util.Locale.ROOT);
        LoginThrottle.Attempt attempt = throttle.begin(email);
        UserEntity user = users.findByEmail(email).orElse(null);
        if (!hasher.verify(request.password(), user == null ? null : user.passwordHash())) {
            throttle.failed(attempt, user == null ? null : user.id());
            throw new AuthenticationRequiredException("Wrong email or password");
        }
        throttle.succeeded(attempt);
        return issuer.login(user, requestedOrganization);
    }

    @Override
    @ReadWithoutTransaction
    public SessionView current(Actor session) {
        SessionEntity entity = find(session);
        return view(session, entity.activeOrganizationId(), entity);
    }

    @Override
    @Transactional
    public SwitchedSession switchOrganization(Actor session, SwitchOrganizationRequest request) {
        String organizationId = request.organizationId().toLowerCase(java.util.Locale.ROOT);
        SessionEntity entity = find(session);
        // Memberships of deleted organizations are left out: a deleted organization cannot be chosen.
        if (memberships.findByUser(session.userId()).stream().noneMatch(m -> m.organizationId().equals(organizationId))) {
            throw new ResourceNotFoundException("You are not a member of organization " + organizationId);
        }
        // A new token for the new organization: whoever saw the old one (a log, a shared screen) cannot follow.
        String previous = entity.activeOrganizationId();
        LoginResponse rotated = issuer.rotate(entity, organizationId);
        audit.record(session, organizationId, AuditActions.SESSION_ORGANIZATION_SWITCHED,
                new AuditTarget("session", session.id(), session.displayName()),
                AuditChanges.of("organizationId", previous, organizationId));
        SessionView view = view(session, organizationId, entity);
        return new SwitchedSession(rotated.token(), rotated.expiresAt(), view.user(), view.organizationId(),
                view.memberships());
    }

    @Override
    @Transactional
    public void logout(Actor session) {
        SessionEntity entity = find(session);
        audit.record(session, entity.activeOrganizationId(), AuditActions.SESSION_ENDED,
                new AuditTarget("session", entity.id(), session.displayName()), AuditChanges.of("reason", null,
                        "logout"));
        sessions.remove(entity);
    }

    @Override
    @ReadWithoutTransaction
    public Page<SessionSummary> sessions(Actor user) {
        requireUser(user);
        Instant now = time.now();
        String current = user.isSession() ? user.id() : null;
        return new Page<>(sessions.findLive(user.userId(), now.minus(settings.idleTimeout()), now,
                        PageRequest.MAX_LIMIT).stream()
                .map(session -> new SessionSummary(session.id(), session.createdAt(), session.lastSeenAt(),
                        session.expiresAt(), session.userAgent(), session.id().equals(current)))
                .toList(), null);
    }

    @Override
    @Transactional
    public void endSession(Actor user, String sessionId) {
        requireUser(user);
        SessionEntity session = Ids.parse(sessionId).flatMap(sessions::findById)
                .filter(found -> found.userId().equals(user.userId()))
                .orElseThrow(() -> new ResourceNotFoundException("You have no session " + sessionId));
        // In the ended session's organization, as a logout is recorded.
        audit.record(user, session.activeOrganizationId(), AuditActions.SESSION_ENDED,
                new AuditTarget("session", session.id(), user.displayName()),
                AuditChanges.of("reason", null, "ended_by_user"));
        sessions.remove(session);
    }

    @Override
    @Transactional
    public int endOtherSessions(Actor user) {
        requireUser(user);
        int ended = sessions.removeAll(user.userId(), user.isSession() ? user.id() : null);
        // One event for the lot, of the user (a platform event: the sessions may be in several organizations); none
        // when there was no other session to end.
        if (ended > 0) {
            audit.record(user, null, AuditActions.USER_SESSIONS_ENDED,
                    new AuditTarget("user", user.userId(), user.displayName()),
                    AuditChanges.of("endedSessions", null, ended));
        }
        return ended;
    }

    private static void requireUser(Actor user) {
        if (!user.isUser()) {
            throw new AccessDeniedException("This needs a signed-in user; API keys are not accepted");
        }
    }

    private SessionEntity find(Actor session) {
        if (!session.isSession()) {
            throw new AccessDeniedException("This needs a user session; API keys are not accepted");
        }
        return sessions.findById(session.id())
                .orElseThrow(() -> new AuthenticationRequiredException("The session has ended"));
    }

    private SessionView view(Actor session, String organizationId, SessionEntity entity) {
        UserEntity user = users.findById(session.userId())
                .orElseThrow(() -> new AuthenticationRequiredException("The user no longer exists"));
        List<MembershipSummary> summaries = memberships.findByUser(user.id()).stream()
                .map(m -> new MembershipSummary(m.organizationId(), m.organizationName(), m.roleName()))
                .toList();
        // A membership that ended since the session chose the organization leaves the session without one.
        String active = summaries.stream().anyMatch(m -> m.organizationId().equals(organizationId))
                ? organizationId : null;
        return new SessionView(UserAccounts.view(user), active, summaries, entity.expiresAt());
    }
}
