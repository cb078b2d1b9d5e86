package io.orgkit.impl.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Gives a {@link ReadWithoutTransaction} method its persistence context, at the priority the JTA interceptors use.
 */
@ReadWithoutTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadWithoutTransactionInterceptor {
    private final TransactionEntityManagers entityManagers;

    @Inject
    public ReadWithoutTransactionInterceptor(TransactionEntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @AroundInvoke
    Object read(InvocationContext context) throws Exception {
        return entityManagers.readWithoutTransaction(context::proceed);
    }
}
