package io.orgkit.impl.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Runs a method that only reads without a JTA transaction: each statement in autocommit mode, in a persistence context
 * of the method's own that closes when it returns, and a write attempted through the module's entity manager is
 * refused with {@link jakarta.persistence.TransactionRequiredException} instead of being dropped. For reads with one
 * query, or queries that need no common snapshot.
 *
 * <p>Why: a JTA transaction around one SELECT costs three more round trips to MariaDB ({@code SET autocommit=0},
 * {@code COMMIT}, {@code SET autocommit=1}) and a transaction manager's bookkeeping, which is most of the cost of
 * authenticating a request. Called inside a transaction, the method simply reads in it; a
 * {@code @Transactional(REQUIRES_NEW)} method called from it gets a transaction and an entity manager of its own.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadWithoutTransaction {
}
