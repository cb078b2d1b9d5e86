package io.orgkit.impl.security;

import java.util.Optional;

import io.orgkit.api.error.AuthenticationRequiredException;

/**
 * Where services and interceptors find the current caller. The runtime adapter provides the implementation
 * (for Helidon: {@code io.orgkit.impl.security.helidon.HelidonCallerContext}).
 */
public interface CallerContext {
    /**
     * @return the authenticated caller of the current request, if any
     */
    Optional<Caller> current();

    /**
     * @return why the current request's credentials were refused (for the 401 or 403 problem's detail), if they were
     */
    default Optional<String> refusal() {
        return Optional.empty();
    }

    /**
     * @return the authenticated caller
     * @throws AuthenticationRequiredException if the request carries no valid credentials
     */
    default Caller require() {
        return current().orElseThrow(() -> new AuthenticationRequiredException(
                "This endpoint needs a session token or an API key"));
    }
}
