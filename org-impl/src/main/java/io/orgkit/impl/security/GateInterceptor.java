package io.orgkit.impl.security;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.permission.PermissionCatalog;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.kernel.Authorization;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces the declared {@link Gate} of every gated method, in this order: {@code @DenyAll} (403), {@code @PermitAll}
 * (open), a caller (401, or the refusal of its credentials), {@code @RequiresSession} (403 for an API key), the
 * organization acted on (404 for a session without an active one), {@code @RolesAllowed} against the role held there
 * and the {@code Super Admin} flag (403), and {@code @RequiresPermission} (403 naming the missing permissions).
 *
 * <p>The organization acted on is the resource's own when it is a {@link ScopedResource} (a Super Admin console route
 * names it), else the caller's active organization.
 */
@Gated
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GateInterceptor {
    private static final Map<Method, Gate> GATES = new ConcurrentHashMap<>();

    private final CallerContext callers;
    private final PermissionCatalog catalog;

    @Inject
    public GateInterceptor(CallerContext callers, PermissionCatalog catalog) {
        this.callers = callers;
        this.catalog = catalog;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        Object target = context.getTarget();
        Gate gate = GATES.computeIfAbsent(context.getMethod(), method -> Gate.of(method, declaringType(method, target)));
        if (gate.denyAll()) {
            throw new AccessDeniedException("Nobody may call this");
        }
        if (!gate.needsCaller()) {
            return context.proceed();
        }
        Caller caller = caller();
        if (gate.sessionOnly() && !caller.actor().isUser()) {
            throw new AccessDeniedException("This endpoint needs a signed-in user (a session or an identity provider's "
                    + "token); API keys are not accepted");
        }
        if (!gate.roles().isEmpty()) {
            Set<String> held = new HashSet<>();
            // Without an organization to act on, the caller holds no organization role: a role it lacks is a 403
            // before the missing organization is a 404.
            roleInScope(target, caller).ifPresent(held::add);
            if (caller.actor().superAdmin()) {
                held.add(SystemRoles.SUPER_ADMIN);
            }
            if (gate.roles().stream().noneMatch(held::contains)) {
                throw new AccessDeniedException("This needs the role " + String.join(" or ", gate.roles()));
            }
        }
        OrganizationScope scope = gate.member() || !gate.permissions().isEmpty() ? scope(target, caller) : null;
        if (!gate.permissions().isEmpty()) {
            for (String permission : gate.permissions()) {
                if (!catalog.contains(permission)) {
                    throw new IllegalStateException("@RequiresPermission names a permission outside the catalog: "
                            + permission + " on " + context.getMethod());
                }
            }
            Authorization.requireAll(scope, gate.permissions(), "This request");
        }
        return context.proceed();
    }

    private Caller caller() {
        try {
            return callers.require();
        } catch (ContextNotActiveException e) {
            // Outside a request (a host's scheduled job calling a gated bean) there is nobody to authenticate.
            throw new AuthenticationRequiredException("This needs a caller, and there is no request");
        }
    }

    private static Optional<String> roleInScope(Object target, Caller caller) {
        try {
            return Optional.ofNullable(scope(target, caller).role());
        } catch (ResourceNotFoundException noOrganization) {
            return Optional.empty();
        }
    }

    private static OrganizationScope scope(Object target, Caller caller) {
        if (target instanceof ScopedResource resource) {
            return resource.scope();
        }
        return caller.requireScope();
    }

    // The bean class, not a container subclass or proxy, carries the class-level annotations.
    private static Class<?> declaringType(Method method, Object target) {
        Class<?> type = target == null ? method.getDeclaringClass() : target.getClass();
        while (type.getSuperclass() != null && type.isSynthetic()
                || type.getName().contains("$$") || type.getName().contains("$Proxy$")) {
            type = type.getSuperclass();
        }
        return type;
    }
}
