package io.orgkit.impl.security;

import java.util.LinkedHashSet;
import java.util.Set;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.permission.PermissionCatalog;
import io.orgkit.api.permission.RequiresPermission;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link RequiresPermission}: 401 without a caller, 404 without an active organization, 403 naming the
 * missing permissions.
 */
@RequiresPermission({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class PermissionInterceptor {
    private final CallerContext callers;
    private final PermissionCatalog catalog;

    @Inject
    public PermissionInterceptor(CallerContext callers, PermissionCatalog catalog) {
        this.callers = callers;
        this.catalog = catalog;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        RequiresPermission required = binding(context);
        Caller caller = callers.require();
        caller.requireOrganization();
        Set<String> missing = new LinkedHashSet<>();
        for (String permission : required.value()) {
            if (!catalog.contains(permission)) {
                throw new IllegalStateException("@RequiresPermission names a permission outside the catalog: "
                        + permission + " on " + context.getMethod());
            }
            if (!caller.holds(permission)) {
                missing.add(permission);
            }
        }
        if (!missing.isEmpty()) {
            throw new AccessDeniedException("The role '" + caller.role() + "' lacks " + String.join(", ", missing),
                    missing);
        }
        return context.proceed();
    }

    // Interceptors 2.1 (CDI 4.0) has no getInterceptorBinding: the method's own annotation wins over its class's.
    private static RequiresPermission binding(InvocationContext context) {
        RequiresPermission onMethod = context.getMethod().getAnnotation(RequiresPermission.class);
        if (onMethod != null) {
            return onMethod;
        }
        RequiresPermission onClass = context.getMethod().getDeclaringClass().getAnnotation(RequiresPermission.class);
        if (onClass == null && context.getTarget() != null) {
            onClass = context.getTarget().getClass().getAnnotation(RequiresPermission.class);
        }
        if (onClass == null) {
            throw new IllegalStateException("No @RequiresPermission found for " + context.getMethod());
        }
        return onClass;
    }
}
