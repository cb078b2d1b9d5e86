package io.orgkit.impl.web;

import io.orgkit.impl.security.CallerContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives a problem body to error responses that were produced without one, such as the security layer's 401 and 403,
 * and makes every 401 say how to authenticate.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class ProblemResponseFilter implements ContainerResponseFilter {
    private CallerContext callers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public ProblemResponseFilter() {
    }

    @Inject
    public ProblemResponseFilter(CallerContext callers) {
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || (status == 404 && request.getUriInfo().getMatchedResources().isEmpty())) {
            // An unmatched path is left to the web server's other routes (see ProblemExceptionMapper).
            return;
        }
        if (status == 401 && !response.getHeaders().containsKey("WWW-Authenticate")) {
            response.getHeaders().add("WWW-Authenticate", "Bearer");
        }
        if (!response.hasEntity() || isBlankText(response.getEntity())) {
            String detail = status == 401 || status == 403
                    ? callers.refusal().map(Throwable::getMessage).orElse(Problems.defaultDetail(status))
                    : Problems.defaultDetail(status);
            response.setEntity(Problems.of(status, null, detail), null, Problems.PROBLEM_JSON);
        }
    }

    private static boolean isBlankText(Object entity) {
        return entity instanceof String text && text.isBlank();
    }
}
