package io.orgkit.impl.auth;

import java.util.List;

import io.orgkit.api.auth.LoginResponse;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.impl.kernel.JpaMembershipStore.MembershipWithOrganization;
import io.orgkit.impl.kernel.JpaMembershipStore;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.Sessions;
import io.orgkit.impl.kernel.UserAccounts;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.security.ClientUserAgent;
import io.orgkit.impl.security.Credentials;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Opens sessions for users whose identity was proven: a password at login, an invitation token when the invitation
 * created the user. A bean of its own so that its transaction applies when login, which runs outside one, calls it.
 */
@ApplicationScoped
public class SessionIssuer implements Sessions {
    private JpaSessionStore sessions;
    private JpaMembershipStore memberships;
    private JpaUserStore users;
    private SessionSettings settings;
    private SystemTime time;
    private ClientUserAgent userAgent;

    /**
     * For the container's client proxy.
     */
    protected SessionIssuer() {
    }

    @Inject
    public SessionIssuer(JpaSessionStore sessions, JpaMembershipStore memberships, JpaUserStore users,
                         SessionSettings settings, SystemTime time, ClientUserAgent userAgent) {
        this.sessions = sessions;
        this.memberships = memberships;
        this.users = users;
        this.settings = settings;
        this.time = time;
        this.userAgent = userAgent;
    }

    /**
     * Opens the session of a login: the active organization is the requested one (which must be a membership), else
     * the only membership, else the oldest, else none.
     *
     * @param user      the user, whose password was checked
     * @param requested the organization asked for, or {@code null}
     * @return the new session
     * @throws ResourceNotFoundException if the user is not a member of the requested organization
     */
    @Transactional
    public LoginResponse login(UserEntity user, String requested) {
        List<MembershipWithOrganization> mine = memberships.findByUser(user.id());
        String organizationId;
        if (requested != null) {
            organizationId = mine.stream().map(MembershipWithOrganization::organizationId)
                    .filter(requested::equals)
                    .findFirst()
                    .orElseThrow(() -> new ResourceNotFoundException("You are not a member of organization "
                            + requested));
        } else {
            // findByUser lists the oldest first.
            organizationId = mine.isEmpty() ? null : mine.getFirst().organizationId();
        }
        return open(user, organizationId);
    }

    /**
     * Replaces a session by a new one with a new token and another active organization, until the same absolute
     * expiry; the old token stops working with this transaction.
     *
     * @param session        the session to end
     * @param organizationId the new session's active organization (a membership of the user)
     * @return the new session
     */
    @Transactional
    public LoginResponse rotate(SessionEntity session, String organizationId) {
        UserEntity user = users.findById(session.userId())
                .orElseThrow(() -> new AuthenticationRequiredException("The user no longer exists"));
        String token = SecretTokens.generate(Credentials.SESSION_PREFIX);
        SessionEntity next = session.rotated(Ids.newId(), SecretTokens.hash(token), organizationId, time.now());
        sessions.remove(session);
        sessions.add(next);
        return new LoginResponse(token, next.expiresAt(), UserAccounts.view(user), organizationId);
    }

    @Override
    @Transactional
    public int endAll(String userId, String except) {
        return sessions.removeAll(userId, except);
    }

    private String clientUserAgent() {
        try {
            return userAgent.get();
        } catch (ContextNotActiveException e) {
            // A host application opening a session outside an HTTP request.
            return null;
        }
    }

    @Override
    @Transactional
    public LoginResponse open(UserEntity user, String organizationId) {
        String token = SecretTokens.generate(Credentials.SESSION_PREFIX);
        SessionEntity session = new SessionEntity(Ids.newId(), SecretTokens.hash(token), user.id(), organizationId,
                time.now(), settings.absoluteTimeout()).describedAs(clientUserAgent());
        sessions.add(session);
        return new LoginResponse(token, session.expiresAt(), UserAccounts.view(user), organizationId);
    }
}
