package io.orgkit.impl.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

import io.orgkit.api.permission.RequiresMembership;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.permission.RequiresSession;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

/**
 * Makes the module enforce its gates itself, whatever the runtime's security does: every bean class of the module that
 * declares a gate ({@code @RolesAllowed}, {@code @PermitAll}, {@code @DenyAll} and the module's own annotations), and
 * every bean class of the host application that uses the module's annotations ({@code @RequiresPermission},
 * {@code @RequiresSession}, {@code @RequiresMembership}), is bound to {@link GateInterceptor}. A host's own
 * {@code @RolesAllowed} is left to the host's security.
 */
public class GateExtension implements Extension {
    private static final List<Class<? extends Annotation>> OWN = List.of(RequiresPermission.class,
            RequiresSession.class, RequiresMembership.class);

    void bind(@Observes @WithAnnotations({RolesAllowed.class, PermitAll.class, DenyAll.class, RequiresPermission.class,
            RequiresSession.class, RequiresMembership.class}) ProcessAnnotatedType<?> event) {
        if (gated(event.getAnnotatedType().getJavaClass())) {
            event.configureAnnotatedType().add(Gated.Literal.INSTANCE);
        }
    }

    /**
     * @param type a bean class that declares a gate
     * @return whether the module enforces its gates: the module's own classes and the host's that use its annotations
     */
    static boolean gated(Class<?> type) {
        return type.getName().startsWith("io.orgkit.impl.") || declares(type, OWN);
    }

    private static boolean declares(Class<?> type, List<Class<? extends Annotation>> annotations) {
        for (Class<? extends Annotation> annotation : annotations) {
            if (type.isAnnotationPresent(annotation)) {
                return true;
            }
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }
}
