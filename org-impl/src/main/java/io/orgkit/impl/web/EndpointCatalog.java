package io.orgkit.impl.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.orgkit.api.permission.RequiresMembership;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.permission.RequiresSession;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Every JAX-RS operation of the application with the gate it declares, collected while CDI discovers the resources.
 * The OpenAPI document is completed from it ({@link OpenApiContractFilter}), so what the document says about
 * security is what the annotations enforce.
 */
public class EndpointCatalog implements Extension {
    private static final List<Endpoint> ENDPOINTS = new CopyOnWriteArrayList<>();

    void collect(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<?> type) {
        Class<?> resource = type.getAnnotatedType().getJavaClass();
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
            return;
        }
        for (Method method : resource.getMethods()) {
            httpMethod(method).ifPresent(verb -> {
                Path methodPath = method.getAnnotation(Path.class);
                String path = normalize(classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()));
                ENDPOINTS.removeIf(e -> e.method().equals(verb) && e.path().equals(path));
                ENDPOINTS.add(new Endpoint(verb, path, gate(method, resource)));
            });
        }
    }

    /**
     * @return every operation seen, in discovery order
     */
    public static List<Endpoint> endpoints() {
        return List.copyOf(ENDPOINTS);
    }

    /**
     * @param method a lower- or upper-case HTTP method
     * @param path   an OpenAPI path
     * @return the operation's gate, if the operation is known
     */
    public static Optional<Endpoint> find(String method, String path) {
        String verb = method.toUpperCase(Locale.ROOT);
        return ENDPOINTS.stream().filter(e -> e.method().equals(verb) && e.path().equals(normalize(path))).findFirst();
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }

    /**
     * Joins segments the way JAX-RS does and reduces templates with regular expressions to their names.
     */
    static String normalize(String path) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean inRegex = false;
        for (char c : path.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inRegex = false;
                }
            } else if (c == ':' && depth == 1) {
                inRegex = true;
                continue;
            }
            if (!inRegex || c == '}' && depth == 0) {
                out.append(c);
            }
        }
        String joined = out.toString().replaceAll("\\s+", "").replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.startsWith("/") ? joined : "/" + joined;
    }

    private static Gate gate(Method method, Class<?> resource) {
        boolean open = present(PermitAll.class, method, resource);
        boolean sessionOnly = present(RequiresSession.class, method, resource);
        List<String> roles = new ArrayList<>();
        RolesAllowed rolesAllowed = annotation(RolesAllowed.class, method, resource);
        if (rolesAllowed != null) {
            roles.addAll(Arrays.asList(rolesAllowed.value()));
        }
        List<String> permissions = new ArrayList<>();
        RequiresPermission requiresPermission = annotation(RequiresPermission.class, method, resource);
        if (requiresPermission != null) {
            permissions.addAll(Arrays.asList(requiresPermission.value()));
        }
        boolean member = present(RequiresMembership.class, method, resource);
        return new Gate(open, sessionOnly, member, List.copyOf(roles), List.copyOf(permissions));
    }

    private static boolean present(Class<? extends Annotation> type, AnnotatedElement method, AnnotatedElement resource) {
        return annotation(type, method, resource) != null;
    }

    private static <A extends Annotation> A annotation(Class<A> type, AnnotatedElement method, AnnotatedElement resource) {
        A onMethod = method.getAnnotation(type);
        return onMethod != null ? onMethod : resource.getAnnotation(type);
    }

    /**
     * @param method HTTP method, upper case
     * @param path   the path with plain templates ({@code /api/organizations/{id}})
     * @param gate   who may call it
     */
    public record Endpoint(String method, String path, Gate gate) {
    }

    /**
     * @param open        {@code @PermitAll}: no credentials needed
     * @param sessionOnly {@code @RequiresSession}: API keys refused
     * @param member      {@code @RequiresMembership}
     * @param roles       {@code @RolesAllowed}
     * @param permissions {@code @RequiresPermission}
     */
    public record Gate(boolean open, boolean sessionOnly, boolean member, List<String> roles, List<String> permissions) {
        /**
         * @return the gate in words, for the API document
         */
        public String describe() {
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
                parts.add("any member of the active organization");
            }
            return String.join("; ", parts);
        }
    }
}
