package io.orgkit.impl.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Runs a {@code @Transactional} method again, in a new transaction, when the database rolled it back to settle a race
 * ({@link DatabaseConflicts#rolledBack}: a deadlock, or on a Galera cluster a certification failure, which MariaDB
 * reports as a deadlock, 1213, to the losing node's statement or COMMIT; not a lock wait that timed out, which has
 * waited long enough). Three attempts at most, a few milliseconds apart; the last failure goes to the client (409) as
 * before.
 *
 * <p>Only for methods whose every effect is in their one transaction (rows, the outbox, audit events), so that a
 * rolled-back attempt left nothing behind and the next one decides afresh: a lost race then gets the answer the
 * winner's commit calls for (the last Admin, already pending, already accepted), not a bare "retry". Called inside a
 * transaction that is already running, it does nothing: that transaction's owner decides.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RetryOnRace {
}
