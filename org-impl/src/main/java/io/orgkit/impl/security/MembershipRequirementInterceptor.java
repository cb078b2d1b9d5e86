package io.orgkit.impl.security;

import io.orgkit.api.permission.RequiresMembership;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link RequiresMembership}: 401 without a caller, 404 without an active organization.
 */
@RequiresMembership
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 5)
public class MembershipRequirementInterceptor {
    private final CallerContext callers;

    @Inject
    public MembershipRequirementInterceptor(CallerContext callers) {
        this.callers = callers;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        callers.require().requireOrganization();
        return context.proceed();
    }
}
