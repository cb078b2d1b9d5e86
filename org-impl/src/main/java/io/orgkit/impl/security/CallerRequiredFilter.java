package io.orgkit.impl.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 401 for a gated endpoint called without a valid credential as soon as the request is matched, before the
 * runtime reads or negotiates its body: an anonymous client learns nothing of what the endpoint accepts (a body it
 * cannot take is 415 only for a caller), whatever the runtime's own security does. {@link GateInterceptor} still
 * makes every decision at invocation; this only brings the authentication part forward, which a JAX-RS runtime
 * otherwise reaches only after its deferred 415 or 406.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class CallerRequiredFilter implements ContainerRequestFilter {
    private static final Map<Method, Boolean> NEEDS_CALLER = new ConcurrentHashMap<>();

    private CallerContext callers;

    @Context
    private ResourceInfo resource;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public CallerRequiredFilter() {
    }

    @Inject
    public CallerRequiredFilter(CallerContext callers) {
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> type = resource == null ? null : resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        if (NEEDS_CALLER.computeIfAbsent(method, m -> needsCaller(m, type))) {
            callers.require();
        }
    }

    private static boolean needsCaller(Method method, Class<?> type) {
        return GateExtension.gated(type) && Gate.of(method, type).needsCaller();
    }
}
