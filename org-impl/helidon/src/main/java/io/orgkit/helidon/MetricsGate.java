package io.orgkit.helidon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.orgkit.api.error.OrgException;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerAuthenticator;
import io.orgkit.impl.security.Credentials;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web server's gate on {@code /metrics}: unless {@code org.metrics.access=public}, only a Super Admin's session
 * reads it (401 without credentials, 403 for anyone else). Metrics describe the server's insides (memory, threads, traffic); to scrape them without a session,
 * serve them on a management socket that only the monitoring network reaches (see the README) and set
 * {@code org.metrics.access=public}.
 */
@ApplicationScoped
public class MetricsGate {
    /** {@code org.metrics.access}: who may read {@code /metrics} on the default socket. */
    public static final String METRICS_ACCESS = "org.metrics.access";

    private static final Jsonb JSON = JsonbBuilder.create();

    private CallerAuthenticator authenticator;
    private boolean metricsPublic;

    /**
     * For the container's client proxy.
     */
    protected MetricsGate() {
    }

    @Inject
    public MetricsGate(CallerAuthenticator authenticator,
                              @ConfigProperty(name = METRICS_ACCESS, defaultValue = "super-admin") String metricsAccess) {
        this.authenticator = authenticator;
        this.metricsPublic = metricsAccess.strip().equalsIgnoreCase("public");
    }

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 40) @Initialized(ApplicationScoped.class)
                  Object event, BeanManager beanManager) {
        beanManager.getExtension(ServerCdiExtension.class).serverRoutingBuilder().addFilter(this::filter);
    }

    private void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        // Headers set here would not survive: the JAX-RS route, which every path tries first, resets the answer before
        // passing an unmatched path on (SecurityHeadersFilter sets them on JAX-RS answers).
        String path = request.path().path();
        if (!metricsPublic && (path.equals("/metrics") || path.startsWith("/metrics/"))) {
            Optional<Problem> refusal = refuseMetrics(request);
            if (refusal.isPresent()) {
                Problem problem = refusal.get();
                if (problem.status() == 401) {
                    response.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
                }
                response.status(Status.create(problem.status()))
                        .header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                        .header(HeaderNames.create("X-Content-Type-Options"), "nosniff")
                        .header(HeaderNames.create("Referrer-Policy"), "no-referrer")
                        .header(HeaderNames.CACHE_CONTROL, "no-store")
                        .send(JSON.toJson(problem.document()));
                return;
            }
        }
        chain.proceed();
    }

    private Optional<Problem> refuseMetrics(RoutingRequest request) {
        Credentials credentials = Credentials.read(name -> request.headers().all(HeaderNames.create(name), List::of),
                request.prologue().method().text());
        try {
            Optional<Caller> caller = authenticator.authenticate(credentials);
            if (caller.isEmpty()) {
                return Optional.of(new Problem(401, "Metrics need a Super Admin's session"));
            }
            if (!caller.get().actor().superAdmin()) {
                return Optional.of(new Problem(403, "Metrics are for a Super Admin's session only"));
            }
            return Optional.empty();
        } catch (OrgException e) {
            return Optional.of(new Problem(e.status(), e.getMessage()));
        }
    }

    // The module's problem document (web.Problems), written here: this package stays below the web layer.
    private record Problem(int status, String detail) {
        Map<String, Object> document() {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "urn:orgkit:problem:" + (status == 401 ? "unauthorized" : "forbidden"));
            problem.put("title", status == 401 ? "Unauthorized" : "Forbidden");
            problem.put("status", status);
            problem.put("detail", detail);
            return problem;
        }
    }
}
