package io.orgkit.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;

/**
 * Serves the pages for people (the {@code org-ui} jar's {@code META-INF/resources/orgkit}): {@code /sign-in},
 * {@code /accept-invitation} (where invitation emails link to) and {@code /console} answer its {@code index.html},
 * {@code /orgkit/*} its scripts and styles. A servlet container serves that folder of a jar by itself; Helidon does
 * not, and its static-content feature could not add the headers below.
 *
 * <p>Every answer carries a Content-Security-Policy that lets the page load scripts, styles and API answers from this
 * origin only (no inline script or style, nothing from a CDN, no framing, no plugins), and images from this origin or
 * any {@code https:} address (an organization's logo lives wherever its owner put it). It runs as a web server filter
 * because the JAX-RS route, which every path tries first, resets the answer of a path it does not match.
 */
@ApplicationScoped
public class ConsolePages {
    /** The policy of every page and asset. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final String ROOT = "META-INF/resources/orgkit/";
    private static final Set<String> PAGES = Set.of("/sign-in", "/accept-invitation", "/console");
    private static final Pattern ASSET = Pattern.compile("/orgkit/([a-z0-9-]+\\.(js|css|html))");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8");

    private final Map<String, Optional<byte[]>> loaded = new ConcurrentHashMap<>();

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 45) @Initialized(ApplicationScoped.class)
                  Object event, BeanManager beanManager) {
        beanManager.getExtension(ServerCdiExtension.class).serverRoutingBuilder().addFilter(this::filter);
    }

    private void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Method method = request.prologue().method();
        if (!method.equals(Method.GET) && !method.equals(Method.HEAD)) {
            chain.proceed();
            return;
        }
        String path = request.path().path();
        String file = null;
        if (PAGES.contains(path)) {
            file = "index.html";
        } else {
            var asset = ASSET.matcher(path);
            if (asset.matches()) {
                file = asset.group(1);
            }
        }
        Optional<byte[]> content = file == null ? Optional.empty() : load(file);
        if (content.isEmpty()) {
            chain.proceed();
            return;
        }
        response.header(HeaderNames.CONTENT_TYPE, TYPES.get(file.substring(file.lastIndexOf('.') + 1)))
                .header(HeaderNames.create("Content-Security-Policy"), CONTENT_SECURITY_POLICY)
                .header(HeaderNames.create("X-Content-Type-Options"), "nosniff")
                .header(HeaderNames.create("Referrer-Policy"), "no-referrer")
                .header(HeaderNames.create("X-Frame-Options"), "DENY")
                // Revalidated on every load, so a new release's pages are never mixed with an old one's scripts.
                .header(HeaderNames.CACHE_CONTROL, "no-cache")
                .send(content.get());
    }

    private Optional<byte[]> load(String file) {
        return loaded.computeIfAbsent(file, name -> {
            try (InputStream in = ConsolePages.class.getClassLoader().getResourceAsStream(ROOT + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
