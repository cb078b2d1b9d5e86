package io.orgkit.api.permission;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks an endpoint that only a signed-in user may call (a session of the module, or a bearer token of the host's
 * identity provider): without credentials 401, with an API key 403.
 * Combine with {@code @RolesAllowed} or {@link RequiresPermission} to also gate on role or permission.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresSession {
}
