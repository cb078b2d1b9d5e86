package io.orgkit.impl.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Content negotiation never answers before authentication does, and {@code Accept} never fails a request.
 *
 * <p>JAX-RS negotiates while it matches a request to a method, before any filter that authenticates: an
 * {@code Accept} without {@code application/json} was a 406, and a body that is not JSON a 415, for anonymous callers
 * too. A generated client sending {@code Accept: application/problem+json} on an operation without a success body was
 * refused before its credentials were looked at, and its logout never happened. So, on the module's {@code /api/}
 * routes, before matching:
 * <ul>
 *     <li>{@code Accept} is disregarded, as RFC 9110 (section 12.5.1) allows a server to: every answer is JSON, and
 *     every problem {@code application/problem+json}, whatever the client lists;</li>
 *     <li>a body that is not JSON is matched as if it were, and refused with 415 by {@link Refusal} once the caller is
 *     authenticated (after Helidon's authentication filter, at {@link Priorities#ENTITY_CODER}).</li>
 * </ul>
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 200)
public class ContentNegotiationFilter implements ContainerRequestFilter {
    private static final String NDJSON = "application/x-ndjson";
    private static final String UNSUPPORTED = ContentNegotiationFilter.class.getName() + ".unsupported";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("api/") && !path.startsWith("/api/")) {
            return;
        }
        // The one answer that is not a JSON document, the audit log's export, is JSON too, a line per event.
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON + ", " + NDJSON + ";q=0.9");
        if (request.hasEntity() && !isJson(request.getMediaType())) {
            request.setProperty(UNSUPPORTED, request.getHeaderString(HttpHeaders.CONTENT_TYPE));
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.isCompatible(MediaType.valueOf(JsonBodyReader.MERGE_PATCH_JSON)));
    }

    /**
     * Refuses, with 415, a body that {@link ContentNegotiationFilter} found not to be JSON: after authentication, before
     * the body is read.
     */
    @Provider
    @ApplicationScoped
    @Priority(Priorities.ENTITY_CODER)
    public static class Refusal implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getProperty(UNSUPPORTED) != null) {
                throw new NotSupportedException("The body must be application/json");
            }
        }
    }
}
