package io.orgkit.app.web;

import java.util.concurrent.Semaphore;

import io.orgkit.impl.web.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admission control for the server: at most {@code org.http.max-concurrent-requests} API requests in progress, the
 * rest answered at once with 503 and {@code Retry-After}. A virtual thread per request means nothing else bounds
 * them: offered more than it can serve, the server would queue requests for connections until the heap ran out
 * (the benchmark saw exactly that at -Xmx256m). Rejected requests cost no authentication and no database work.
 *
 * <p>Why not Helidon's own {@code server.max-concurrent-requests}: on Helidon 4.1.6 it lost permits under overload
 * in the benchmark, after which it refused every request with 503 for good.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 1000)
@ApplicationScoped
public class ConcurrencyLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String ADMITTED = ConcurrencyLimitFilter.class.getName() + ".admitted";

    private Semaphore permits;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public ConcurrencyLimitFilter() {
    }

    /**
     * @param limit requests in progress at once; zero or less for no limit
     */
    @Inject
    public ConcurrencyLimitFilter(@ConfigProperty(name = "org.http.max-concurrent-requests", defaultValue = "128")
                                  int limit) {
        this.permits = limit > 0 ? new Semaphore(limit) : null;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (permits == null) {
            return;
        }
        if (!permits.tryAcquire()) {
            request.abortWith(Response.status(503)
                    .type(Problems.PROBLEM_JSON)
                    .header("Retry-After", 1)
                    .entity(Problems.of(503, null, "The server is busy; retry in a moment"))
                    .build());
            return;
        }
        request.setProperty(ADMITTED, Boolean.TRUE);
    }

    // Response filters run for every response, mapped exceptions and aborted requests included.
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ADMITTED) != null) {
            request.removeProperty(ADMITTED);
            permits.release();
        }
    }

    /**
     * @return permits free now, or -1 without a limit (for tests and diagnostics)
     */
    public int available() {
        return permits == null ? -1 : permits.availablePermits();
    }
}
