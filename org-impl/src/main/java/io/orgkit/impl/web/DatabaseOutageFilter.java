package io.orgkit.impl.web;

import io.orgkit.impl.persistence.DatabaseAvailability;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * While the database is known to be unreachable ({@link DatabaseAvailability}), the module's endpoints answer 503
 * with {@code Retry-After} at once, before any credential is looked up, instead of each waiting for the pool's
 * connection timeout. A host application's own endpoints are left alone: they may not need the database.
 */
@Provider
@ApplicationScoped
// Before the runtime's own authentication filters (Helidon Security's runs at AUTHENTICATION).
@Priority(Priorities.AUTHENTICATION - 100)
public class DatabaseOutageFilter implements ContainerRequestFilter {
    /** Seconds a client is asked to wait before retrying. */
    static final int RETRY_AFTER_SECONDS = 1;

    private DatabaseAvailability database;

    @Context
    private ResourceInfo resource;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public DatabaseOutageFilter() {
    }

    @Inject
    public DatabaseOutageFilter(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (database.down() && moduleEndpoint()) {
            request.abortWith(unavailable());
        }
    }

    private boolean moduleEndpoint() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        return type == null || type.getName().startsWith("io.orgkit.impl.");
    }

    /**
     * @return the answer while the database cannot be reached
     */
    static Response unavailable() {
        return Response.status(503)
                .type(Problems.PROBLEM_JSON)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(Problems.of(503, null, "The database cannot be reached; retry in a moment"))
                .build();
    }
}
