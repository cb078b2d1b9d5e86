package io.orgkit.impl.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a service method that only reads, with one query or with queries that need no common snapshot: it runs
 * without a JTA transaction, its statements in autocommit mode, in a persistence context of its own that closes when
 * the method returns.
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
public @interface ReadOnly {
}
