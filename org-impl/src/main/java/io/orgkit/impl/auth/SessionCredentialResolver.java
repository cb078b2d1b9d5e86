package io.orgkit.impl.auth;

import java.time.Instant;
import java.util.Set;

import io.orgkit.impl.member.JpaMembershipStore;
import io.orgkit.impl.member.MembershipEntity;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.role.RoleResolver;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CredentialKind;
import io.orgkit.impl.security.CredentialResolver;
import io.orgkit.impl.security.InvalidCredentialsException;
import io.orgkit.impl.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Session tokens to callers. The role and permissions are read afresh on every request, so a changed role, a removed
 * membership or a logout takes effect on the next request on every node.
 */
@ApplicationScoped
public class SessionCredentialResolver implements CredentialResolver {
    private final JpaSessionStore sessions;
    private final JpaMembershipStore memberships;
    private final RoleResolver roles;
    private final SessionSettings settings;
    private final SystemTime time;

    @Inject
    public SessionCredentialResolver(JpaSessionStore sessions, JpaMembershipStore memberships, RoleResolver roles,
                                     SessionSettings settings, SystemTime time) {
        this.sessions = sessions;
        this.memberships = memberships;
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
        JpaSessionStore.SessionWithUser found = sessions.findByTokenHash(SecretTokens.hash(token))
                .orElseThrow(() -> new InvalidCredentialsException("The session is unknown or has ended"));
        SessionEntity session = found.session();
        if (session.isExpired(now, settings.idleTimeout())) {
            sessions.remove(session);
            throw new InvalidCredentialsException("The session has expired");
        }
        session.touch(now);
        String organizationId = session.activeOrganizationId();
        String role = null;
        Set<String> permissions = Set.of();
        if (organizationId != null) {
            MembershipEntity membership = memberships.find(organizationId, session.userId()).orElse(null);
            if (membership == null) {
                // The membership ended since the session chose this organization.
                session.activate(null);
                organizationId = null;
            } else {
                role = membership.roleName();
                permissions = roles.permissionsOf(organizationId, role);
            }
        }
        return new Caller(found.user().id(), found.user().email(), found.user().superAdmin(), organizationId, role,
                permissions, kind, session.id());
    }
}
