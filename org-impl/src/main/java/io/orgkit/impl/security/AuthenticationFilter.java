package io.orgkit.impl.security;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Hands every request's credentials to its {@link RequestCaller}, before matching, so that whatever runs next (a
 * sub-resource locator, the gates, the runtime's own security) asks the same caller. Portable JAX-RS: the module does
 * not depend on a runtime's security to know who calls.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 50)
public class AuthenticationFilter implements ContainerRequestFilter {
    private RequestCaller caller;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public AuthenticationFilter() {
    }

    @Inject
    public AuthenticationFilter(RequestCaller caller) {
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        caller.present(Credentials.read(name -> {
            List<String> values = request.getHeaders().get(name);
            return values == null ? List.of() : values;
        }, request.getMethod()));
    }
}
