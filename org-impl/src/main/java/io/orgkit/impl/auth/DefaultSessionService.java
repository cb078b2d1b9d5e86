package io.orgkit.impl.auth;

import java.util.List;

import io.orgkit.api.auth.LoginRequest;
import io.orgkit.api.auth.LoginResponse;
import io.orgkit.api.auth.MembershipSummary;
import io.orgkit.api.auth.SessionService;
import io.orgkit.api.auth.SessionView;
import io.orgkit.api.auth.SwitchOrganizationRequest;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.impl.member.JpaMembershipStore;
import io.orgkit.impl.persistence.ReadOnly;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.security.PasswordHasher;
import io.orgkit.impl.web.FieldChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sessions in the database: any node can serve any session, and logging out ends it everywhere at once.
 */
@ApplicationScoped
public class DefaultSessionService implements SessionService {
    private final JpaUserStore users;
    private final JpaSessionStore sessions;
    private final JpaMembershipStore memberships;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final SessionIssuer issuer;
    private final CallerContext callers;

    @Inject
    public DefaultSessionService(JpaUserStore users, JpaSessionStore sessions, JpaMembershipStore memberships,
                                 PasswordHasher hasher, LoginThrottle throttle, SessionIssuer issuer,
                                 CallerContext callers) {
        this.users = users;
        this.sessions = sessions;
        this.memberships = memberships;
        this.hasher = hasher;
        this.throttle = throttle;
        this.issuer = issuer;
        this.callers = callers;
    }

    // Outside a transaction, so that no pooled connection is held while Argon2 runs (tens of milliseconds, and
    // queued behind other logins in a burst); the failure count and the new session are written in transactions
    // of their own, so a wrong password's count is committed although the request fails.
    @Override
    @ReadOnly
    public LoginResponse login(LoginRequest request) {
        if (request.email() == null || request.email().isBlank()) {
            throw InvalidRequestException.field("email", "is required");
        }
        String email = FieldChecks.requiredText("email", request.email(), 254);
        if (request.password() == null || request.password().isEmpty()) {
            throw InvalidRequestException.field("password", "is required");
        }
        if (request.password().length() > UserAccountService.MAX_PASSWORD) {
            throw InvalidRequestException.field("password", "must be at most " + UserAccountService.MAX_PASSWORD
                    + " characters");
        }
        String requestedOrganization = request.organizationId() == null ? null
                : FieldChecks.id("organizationId", request.organizationId());

        throttle.checkAllowed(email);
        UserEntity user = users.findByEmail(email).orElse(null);
        if (!hasher.verify(request.password(), user == null ? null : user.passwordHash())) {
            throttle.recordFailure(email);
            throw new AuthenticationRequiredException("Wrong email or password");
        }
        throttle.recordSuccess(email);

        return issuer.open(user, chooseOrganization(user.id(), requestedOrganization));
    }

    private String chooseOrganization(String userId, String requested) {
        List<JpaMembershipStore.MembershipWithOrganization> mine = memberships.findByUser(userId);
        if (requested != null) {
            return mine.stream()
                    .filter(m -> m.organizationId().equals(requested))
                    .findFirst()
                    .map(JpaMembershipStore.MembershipWithOrganization::organizationId)
                    .orElseThrow(() -> new ResourceNotFoundException("You are not a member of organization " + requested));
        }
        // The only membership, else the oldest, else none: findByUser lists the oldest first.
        return mine.isEmpty() ? null : mine.getFirst().organizationId();
    }

    @Override
    @ReadOnly
    public SessionView current() {
        return view(callers.require());
    }

    @Override
    @Transactional
    public SessionView switchOrganization(SwitchOrganizationRequest request) {
        Caller caller = callers.require();
        String organizationId = FieldChecks.id("organizationId", request.organizationId());
        if (memberships.find(organizationId, caller.userId()).isEmpty()) {
            throw new ResourceNotFoundException("You are not a member of organization " + organizationId);
        }
        SessionEntity session = sessions.findById(caller.credentialId())
                .orElseThrow(() -> new AuthenticationRequiredException("The session has ended"));
        session.activate(organizationId);
        return view(caller, organizationId, session);
    }

    @Override
    @Transactional
    public void logout() {
        sessions.findById(callers.require().credentialId()).ifPresent(sessions::remove);
    }

    private SessionView view(Caller caller) {
        SessionEntity session = sessions.findById(caller.credentialId())
                .orElseThrow(() -> new AuthenticationRequiredException("The session has ended"));
        return view(caller, caller.organizationId(), session);
    }

    private SessionView view(Caller caller, String organizationId, SessionEntity session) {
        UserEntity user = users.findById(caller.userId())
                .orElseThrow(() -> new AuthenticationRequiredException("The user no longer exists"));
        List<MembershipSummary> summaries = memberships.findByUser(user.id()).stream()
                .map(m -> new MembershipSummary(m.organizationId(), m.organizationName(), m.roleName()))
                .toList();
        return new SessionView(UserAccountService.view(user), organizationId, summaries, session.expiresAt());
    }
}
