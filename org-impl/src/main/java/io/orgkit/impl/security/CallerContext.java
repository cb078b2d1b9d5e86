package io.orgkit.impl.security;

import java.util.Optional;

import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.OrgException;

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
     * @return why the current request's credentials were refused, if they were: an endpoint open to anonymous callers
     *         still runs, and can answer with this when it needs the caller after all
     */
    default Optional<OrgException> refusal() {
        return Optional.empty();
    }

    /**
     * @param otherwise the failure when no credentials were presented at all
     * @return the refusal of the presented credentials (401 invalid, 403 CSRF), else {@code otherwise}
     */
    default OrgException refusedOr(OrgException otherwise) {
        return refusal().orElse(otherwise);
    }

    /**
     * @return the authenticated caller
     * @throws AuthenticationRequiredException if the request carries no valid credentials
     * @throws CsrfRejectedException           if a state-changing cookie request lacks {@code X-Requested-With}
     */
    default Caller require() {
        return current().orElseThrow(() -> refusedOr(new AuthenticationRequiredException(
                "This endpoint needs a session token or an API key")));
    }
}
