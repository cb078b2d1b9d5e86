package io.orgkit.impl.security;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.permission.RequiresSession;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Enforces {@link RequiresSession}: 401 without a caller, 403 for an API key.
 */
@RequiresSession
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SessionRequirementInterceptor {
    private final CallerContext callers;

    @Inject
    public SessionRequirementInterceptor(CallerContext callers) {
        this.callers = callers;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        if (!callers.require().kind().isSession()) {
            throw new AccessDeniedException("This endpoint needs a user session; API keys are not accepted");
        }
        return context.proceed();
    }
}
