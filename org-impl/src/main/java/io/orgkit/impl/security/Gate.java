package io.orgkit.impl.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.orgkit.api.permission.RequiresMembership;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.permission.RequiresSession;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Who may call a method, as its annotations declare it; a method's own annotation wins over its class's. The one
 * reading of the gate annotations, shared by the module's enforcement ({@link GateInterceptor}), the API document and
 * the architecture test.
 *
 * @param denyAll     {@code @DenyAll}: nobody
 * @param open        {@code @PermitAll}: anyone, credentials optional
 * @param sessionOnly {@code @RequiresSession}: API keys refused
 * @param member      {@code @RequiresMembership}: any member of the organization acted on
 * @param roles       {@code @RolesAllowed}: the role held in the organization acted on, or {@code Super Admin}
 * @param permissions {@code @RequiresPermission}: every one of these in the organization acted on
 */
public record Gate(boolean denyAll, boolean open, boolean sessionOnly, boolean member, List<String> roles,
                   List<String> permissions) {

    /** The annotations that declare a gate. */
    public static final List<Class<? extends Annotation>> ANNOTATIONS = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class, RequiresPermission.class, RequiresSession.class, RequiresMembership.class);

    /**
     * Copies the lists.
     */
    public Gate {
        roles = List.copyOf(roles);
        permissions = List.copyOf(permissions);
    }

    /**
     * @param method a method
     * @param type   the class it is called on (its annotations apply where the method has none of the kind)
     * @return the gate the annotations declare
     */
    public static Gate of(Method method, Class<?> type) {
        boolean methodSecurity = method.isAnnotationPresent(RolesAllowed.class)
                || method.isAnnotationPresent(PermitAll.class) || method.isAnnotationPresent(DenyAll.class);
        AnnotatedElement security = methodSecurity ? method : type;
        RolesAllowed rolesAllowed = security.getAnnotation(RolesAllowed.class);
        RequiresPermission requiresPermission = annotation(RequiresPermission.class, method, type);
        return new Gate(security.isAnnotationPresent(DenyAll.class),
                security.isAnnotationPresent(PermitAll.class),
                annotation(RequiresSession.class, method, type) != null,
                annotation(RequiresMembership.class, method, type) != null,
                rolesAllowed == null ? List.of() : Arrays.asList(rolesAllowed.value()),
                requiresPermission == null ? List.of() : Arrays.asList(requiresPermission.value()));
    }

    /**
     * @return whether the method declares any gate at all
     */
    public boolean declared() {
        return denyAll || open || sessionOnly || member || !roles.isEmpty() || !permissions.isEmpty();
    }

    /**
     * @return whether passing the gate takes a caller: it is declared, neither open to all nor closed to all
     */
    public boolean needsCaller() {
        return declared() && !open && !denyAll;
    }

    /**
     * @param locator the gate of the sub-resource locator the method is reached through
     * @return the gate of both: the caller must pass each
     */
    public Gate and(Gate locator) {
        List<String> allRoles = new ArrayList<>(locator.roles);
        allRoles.addAll(roles);
        List<String> allPermissions = new ArrayList<>(locator.permissions);
        allPermissions.addAll(permissions);
        return new Gate(denyAll || locator.denyAll, open && locator.open, sessionOnly || locator.sessionOnly,
                member || locator.member, allRoles, allPermissions);
    }

    /**
     * @return the gate in words, for the API document
     */
    public String describe() {
        if (denyAll) {
            return "Nobody";
        }
        if (open) {
            return "Public: no credentials needed";
        }
        List<String> parts = new ArrayList<>();
        parts.add(sessionOnly ? "Session only (API keys get 403)" : "Session or API key");
        if (!roles.isEmpty()) {
            parts.add("role " + String.join(" or ", roles));
        }
        if (!permissions.isEmpty()) {
            parts.add("permission " + String.join(" and ", permissions));
        }
        if (member) {
            parts.add("any member of the organization");
        }
        return String.join("; ", parts);
    }

    private static <A extends Annotation> A annotation(Class<A> kind, Method method, Class<?> type) {
        A onMethod = method.getAnnotation(kind);
        return onMethod != null ? onMethod : type.getAnnotation(kind);
    }
}
