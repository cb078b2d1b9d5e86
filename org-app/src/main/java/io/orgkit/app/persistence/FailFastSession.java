package io.orgkit.app.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on a broken connection three times, 5 s apart by default: a request in
 * flight when the database went away waited 5–6 s for its 503. The pool already hands out only live connections,
 * and the module answers a failed request with 503 and {@code Retry-After}, so the client retries, not the server.
 * {@code OrgServer} names this class in {@code eclipselink.session.customizer} unless that is set.
 */
public class FailFastSession implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
