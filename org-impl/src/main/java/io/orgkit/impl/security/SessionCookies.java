package io.orgkit.impl.security;

import java.time.Duration;
import java.time.Instant;

import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code org_session} cookie: HttpOnly, SameSite=Strict, Path=/, Secure when configured.
 */
@ApplicationScoped
public class SessionCookies {
    private boolean secure;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected SessionCookies() {
    }

    @Inject
    public SessionCookies(@ConfigProperty(name = "org.sessions.cookie-secure", defaultValue = "false") boolean secure,
                          SystemTime time) {
        this.secure = secure;
        this.time = time;
    }

    /**
     * @param token     the session token
     * @param expiresAt the session's absolute expiry
     * @return the cookie that carries it until then
     */
    public NewCookie issue(String token, Instant expiresAt) {
        long maxAge = Math.max(0, Duration.between(time.now(), expiresAt).toSeconds());
        return base(token).maxAge((int) Math.min(Integer.MAX_VALUE, maxAge)).build();
    }

    /**
     * @return a cookie that makes the browser forget the session
     */
    public NewCookie clear() {
        return base("").maxAge(0).build();
    }

    private NewCookie.Builder base(String value) {
        return new NewCookie.Builder(Credentials.SESSION_COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.STRICT);
    }
}
