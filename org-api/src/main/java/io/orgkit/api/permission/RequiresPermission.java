package io.orgkit.api.permission;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Gates a resource method (or every method of a class) on permissions of the caller's effective role in its active
 * organization. The caller must hold <em>every</em> listed permission.
 *
 * <p>Without credentials the call is answered 401; without an active organization 404; with a role that lacks a
 * permission 403, naming the missing permissions. Works on JAX-RS resources and on CDI beans of the host application.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {
    /**
     * @return the permission names required; each must be in the {@link PermissionCatalog}
     */
    @Nonbinding String[] value();
}
