package io.orgkit.impl.persistence;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Retries a {@link RetryOnRace} method that lost a race in the database. It runs outside the JTA interceptor (a lower
 * priority than its {@code PLATFORM_BEFORE + 200}), so each attempt is a transaction of its own, begun and committed
 * or rolled back before the next.
 */
@RetryOnRace
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnRaceInterceptor {
    private static final Logger LOG = Logger.getLogger(RetryOnRaceInterceptor.class.getName());
    /** Attempts in all: a race lost three times running is contention the client should hear about. */
    static final int ATTEMPTS = 3;

    private final TransactionRegistry transactions;

    @Inject
    public RetryOnRaceInterceptor(TransactionRegistry transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        if (transactions.get().getTransactionKey() != null) {
            return context.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            DatabaseConflicts.forgetRace();
            try {
                return context.proceed();
            } catch (Exception e) {
                // The refusal itself, or the domain conflict a store translated it into (DatabaseConflicts.because).
                boolean race = DatabaseConflicts.raceLost() || DatabaseConflicts.rolledBack(e);
                if (attempt >= ATTEMPTS || !race) {
                    throw e;
                }
                int lost = attempt;
                LOG.fine(() -> context.getMethod().getDeclaringClass().getSimpleName() + "." + context.getMethod().getName()
                        + " lost a race in the database (attempt " + lost + "), retrying: " + e);
                // A few milliseconds, spread, so that two losers do not meet again at once.
                Thread.sleep(ThreadLocalRandom.current().nextLong(2, 10L * attempt));
            } finally {
                DatabaseConflicts.forgetRace();
            }
        }
    }
}
