package io.orgkit.impl.security;

import java.util.Optional;

import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.OrgException;

/**
 * The caller of the current request, as {@link CallerAuthenticator} resolved it from the credentials the request
 * presented. Resolution happens once, on first use, so requests that never ask (a login, the OpenAPI document) cost
 * no lookup.
 */
public interface CallerContext {

    /**
     * @return the authenticated caller of the current request; empty when the request presented no credentials, or
     *         credentials that were refused (see {@link #refusal()})
     * @throws IllegalStateException if the server failed while checking the credentials (the database unreachable,
     *                               say): whoever the caller was could not be found out, and no answer may pretend it
     *                               was anonymous
     */
    Optional<Caller> current();

    /**
     * @return why the request's credentials were refused (401 unknown, expired or malformed; 403 a cookie request
     *         that changes state without {@code X-Requested-With}), if they were
     */
    Optional<OrgException> refusal();

    /**
     * @return the authenticated caller
     * @throws OrgException the refusal of the presented credentials, or {@link AuthenticationRequiredException} when
     *                      none were presented
     */
    default Caller require() {
        return current().orElseThrow(() -> refusal().orElseGet(() -> new AuthenticationRequiredException(
                "This endpoint needs a session token or an API key")));
    }
}
