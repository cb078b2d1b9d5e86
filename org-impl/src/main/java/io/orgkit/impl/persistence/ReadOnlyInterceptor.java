package io.orgkit.impl.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Gives a {@link ReadOnly} method its persistence context, at the priority the JTA interceptors use.
 */
@ReadOnly
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyInterceptor {
    private final TransactionEntityManagers entityManagers;

    @Inject
    public ReadOnlyInterceptor(TransactionEntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @AroundInvoke
    Object read(InvocationContext context) throws Exception {
        return entityManagers.readOnly(context::proceed);
    }
}
