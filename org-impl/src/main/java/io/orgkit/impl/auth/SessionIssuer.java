package io.orgkit.impl.auth;

import io.orgkit.api.auth.LoginResponse;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.security.Credentials;
import io.orgkit.impl.security.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Opens sessions for users whose identity was proven another way: a password at login, an invitation token when the
 * invitation created the user. A bean of its own so that its transaction applies when login, which runs outside
 * one, calls it.
 */
@ApplicationScoped
public class SessionIssuer {
    private final JpaSessionStore sessions;
    private final SessionSettings settings;
    private final SystemTime time;

    @Inject
    public SessionIssuer(JpaSessionStore sessions, SessionSettings settings, SystemTime time) {
        this.sessions = sessions;
        this.settings = settings;
        this.time = time;
    }

    /**
     * @param user           the user
     * @param organizationId the session's active organization (a membership of the user), or {@code null}
     * @return the new session, its token shown this once
     */
    @Transactional
    public LoginResponse open(UserEntity user, String organizationId) {
        String token = SecretTokens.generate(Credentials.SESSION_PREFIX);
        SessionEntity session = new SessionEntity(Ids.newId(), SecretTokens.hash(token), user.id(), organizationId,
                time.now(), settings.absoluteTimeout());
        sessions.add(session);
        return new LoginResponse(token, session.expiresAt(), UserAccountService.view(user), organizationId);
    }
}
