package io.orgkit.impl.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;

/**
 * Binds {@link GateInterceptor}. Not written by hand: {@link GateExtension} adds it to every bean class that declares a
 * gate.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Gated {

    /**
     * The annotation as a value, for adding it to a type.
     */
    final class Literal extends AnnotationLiteral<Gated> implements Gated {
        /** The one instance. */
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
