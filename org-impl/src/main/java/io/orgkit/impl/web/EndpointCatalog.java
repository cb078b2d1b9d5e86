package io.orgkit.impl.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.orgkit.impl.security.Gate;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Every JAX-RS operation of the application with the gate it declares, collected while CDI discovers the root
 * resources, following sub-resource locators (a route reached through a locator must pass the locator's gate too).
 * The OpenAPI document is completed from it ({@link OpenApiContractFilter}), so what the document says about security
 * is what the annotations enforce.
 */
public class EndpointCatalog implements Extension {
    private static final List<Endpoint> ENDPOINTS = new CopyOnWriteArrayList<>();
    private static final int MAX_DEPTH = 4;

    void collect(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<?> type) {
        Class<?> resource = type.getAnnotatedType().getJavaClass();
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath != null) {
            walk(resource, classPath.value(), null, 0);
        }
    }

    /**
     * Lists the operations of a root resource and of every resource its locators lead to.
     *
     * @param resource    a resource class
     * @param prefix      the path it is reached at
     * @param locatorGate the gate of the locators that lead to it, or {@code null} for a root
     * @param depth       how many locators deep
     * @return the operations found, also recorded in the catalog
     */
    public static List<Endpoint> walk(Class<?> resource, String prefix, Gate locatorGate, int depth) {
        List<Endpoint> found = new CopyOnWriteArrayList<>();
        for (Method method : resource.getMethods()) {
            Path methodPath = method.getAnnotation(Path.class);
            String path = normalize(prefix + "/" + (methodPath == null ? "" : methodPath.value()));
            Gate gate = Gate.of(method, resource);
            Gate effective = locatorGate == null ? gate : gate.and(locatorGate);
            Optional<String> verb = httpMethod(method);
            if (verb.isPresent()) {
                Endpoint endpoint = new Endpoint(verb.get(), path, effective, resource, method);
                ENDPOINTS.removeIf(e -> e.method().equals(endpoint.method()) && e.path().equals(path));
                ENDPOINTS.add(endpoint);
                found.add(endpoint);
            } else if (methodPath != null && depth < MAX_DEPTH) {
                found.addAll(walk(method.getReturnType(), path, effective, depth + 1));
            }
        }
        return found;
    }

    /**
     * @return every operation seen, in discovery order
     */
    public static List<Endpoint> endpoints() {
        return List.copyOf(ENDPOINTS);
    }

    /**
     * @param method a lower- or upper-case HTTP method
     * @param path   an OpenAPI path, possibly behind the application's context root (WildFly's documents say
     *               {@code /app/api/...})
     * @return the operation's gate, if the operation is known
     */
    public static Optional<Endpoint> find(String method, String path) {
        String verb = method.toUpperCase(Locale.ROOT);
        String wanted = normalize(path);
        Optional<Endpoint> exact = ENDPOINTS.stream()
                .filter(e -> e.method().equals(verb) && e.path().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return ENDPOINTS.stream()
                .filter(e -> e.method().equals(verb) && e.path().length() > 1 && wanted.endsWith(e.path()))
                .max(java.util.Comparator.comparingInt(e -> e.path().length()));
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

    /**
     * @param method   HTTP method, upper case
     * @param path     the path with plain templates ({@code /api/organizations/{id}})
     * @param gate     who may call it, the locators' gates included
     * @param resource the class serving it
     * @param handler  the method serving it
     */
    public record Endpoint(String method, String path, Gate gate, Class<?> resource, Method handler) {
    }
}
