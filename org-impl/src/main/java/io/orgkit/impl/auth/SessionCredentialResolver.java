package io.orgkit.impl.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.orgkit.api.scope.Actor;
import io.orgkit.impl.kernel.RequestOrganization;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CredentialKind;
import io.orgkit.impl.security.CredentialResolver;
import io.orgkit.impl.security.CredentialUseRecorder;
import io.orgkit.impl.security.InvalidCredentialsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Session tokens to callers, in one statement per request (which also reads the active organization: see
 * {@link RequestOrganization}). The role and its permissions are read afresh every time,
 * so a changed role, a removed membership or a logout takes effect on the next request on every node.
 */
@ApplicationScoped
public class SessionCredentialResolver implements CredentialResolver {
    // Recording use on every request would make every read a write; a minute's slack on the idle timeout is enough.
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private JpaSessionStore sessions;
    private EffectiveRoles roles;
    private SessionSettings settings;
    private SystemTime time;
    private CredentialUseRecorder use;
    private RequestOrganization authenticated;

    /**
     * For the container's client proxy.
     */
    protected SessionCredentialResolver() {
    }

    @Inject
    public SessionCredentialResolver(JpaSessionStore sessions, EffectiveRoles roles, SessionSettings settings,
                                     SystemTime time, CredentialUseRecorder use,
                                     RequestOrganization authenticated) {
        this.use = use;
        this.authenticated = authenticated;
        this.sessions = sessions;
        this.roles = roles;
        this.settings = settings;
        this.time = time;
    }

    @Override
    public boolean supports(CredentialKind kind) {
        return kind.isSession();
    }

    @Override
    public Caller resolve(String token, CredentialKind kind) {
        Instant now = time.now();
        JpaSessionStore.SessionGrant grant = sessions.findGrant(SecretTokens.hash(token))
                .orElseThrow(() -> new InvalidCredentialsException("The session is unknown or has ended"));
        if (!now.isBefore(grant.expiresAt()) || !now.isBefore(grant.lastSeenAt().plus(settings.idleTimeout()))) {
            throw new InvalidCredentialsException("The session has expired");
        }
        if (now.isAfter(grant.lastSeenAt().plus(TOUCH_INTERVAL))) {
            use.record(CredentialUseRecorder.SESSION, grant.sessionId(), now);
        }
        // A membership that ended since the session chose the organization leaves the session without one; so does a
        // deleted organization (it may be restored, so the session's choice is kept until then).
        String organizationId = grant.roleName() == null || grant.organizationDeleted() ? null
                : grant.activeOrganizationId();
        authenticated.remember(organizationId == null ? null : grant.organization());
        Set<String> permissions = organizationId == null ? Set.of()
                : roles.resolve(grant.roleName(), grant.role().orgRoleExists(), grant.role().orgRolePermissions());
        Actor actor = new Actor(Actor.Kind.SESSION, grant.sessionId(), grant.userId(), grant.email(),
                grant.superAdmin());
        return new Caller(actor, organizationId, organizationId == null ? null : grant.roleName(), permissions,
                organizationId != null && grant.organizationSuspended());
    }
}
