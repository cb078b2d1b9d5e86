package io.orgkit.impl.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers every answer of the module's API carries, on any JAX-RS runtime: {@code Cache-Control: no-store} (answers
 * carry session tokens, API keys, or what only an authenticated caller may read: no browser or proxy keeps them),
 * {@code X-Content-Type-Options: nosniff} (a browser never runs a JSON answer as something else) and
 * {@code Referrer-Policy: no-referrer} (a page never tells where it was reached from, so no URL of the API leaks).
 * On Helidon the web server sets the last two on every other answer as well (health, OpenAPI, 404s).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.HEADER_DECORATOR)
public class SecurityHeadersFilter implements ContainerResponseFilter {
    /** {@code Cache-Control} of every API answer. */
    public static final String NO_STORE = "no-store";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        String path = request.getUriInfo().getPath();
        if (path.startsWith("api/") || path.startsWith("/api/")) {
            // Added to what an answer already says (private, no-cache for the caller-dependent ones), never replacing it.
            String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
            headers.putSingle(HttpHeaders.CACHE_CONTROL, cacheControl == null || cacheControl.isBlank() ? NO_STORE
                    : cacheControl.contains(NO_STORE) ? cacheControl : cacheControl + ", " + NO_STORE);
        }
    }
}
