package io.orgkit.impl.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * The module's routes answer JSON, or a problem as {@code application/problem+json}, whatever the request's
 * {@code Accept} says. Matching on {@code Accept} made JAX-RS answer 406 before any gate ran: a client sending
 * {@code Accept: application/problem+json} (as generated clients do for operations without a success body) was
 * refused before its credentials were even looked at, and its logout never happened. RFC 9110 (section 12.5.1) lets a
 * server disregard {@code Accept} rather than answer 406; this filter does so for {@code /api/...} before matching, so
 * content negotiation never answers anything, let alone before authentication.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 200)
public class AcceptHeaderFilter implements ContainerRequestFilter {
    private static final String API_PREFIX = "api/";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith(API_PREFIX) || path.startsWith("/" + API_PREFIX)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON);
        }
    }
}
