package io.orgkit.app.web;

import java.nio.charset.StandardCharsets;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.orgkit.impl.security.ClientAddress;
import io.orgkit.impl.security.ClientAddressFilter;
import io.orgkit.impl.web.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first code of the server that sees a request, in the web server's routing before JAX-RS: it stamps the
 * request's {@link Arrival} and refuses it at once (503, {@code Retry-After: 1}) when it has already waited longer than
 * {@code org.http.max-wait} (the scheduler's queue has stood above that for 100 ms) or every slot is taken, and with 429
 * when its client already has {@code org.http.max-client-requests} requests in progress (counted here until the
 * answer is sent, body reading included). Refusing here costs a small fraction of a JAX-RS request, which is what
 * keeps refusals cheap and answers fast when the CPU is what runs out: one client offering ten times the capacity
 * is mostly refused by its own limit. Health and metrics are never refused: they are how an operator or a load
 * balancer sees the overload.
 */
@ApplicationScoped
public class ArrivalFilter {
    private static final byte[] BUSY = problem(503, Admission.BUSY);
    private static final byte[] TOO_MANY = problem(429, "Too many requests of this client in progress; retry in a moment");

    private Admission admission;
    private boolean trustForwardedFor;

    /**
     * For the container's client proxy.
     */
    protected ArrivalFilter() {
    }

    @Inject
    public ArrivalFilter(Admission admission,
                         @ConfigProperty(name = "org.http.trust-forwarded-for", defaultValue = "false")
                         boolean trustForwardedFor) {
        this.admission = admission;
        this.trustForwardedFor = trustForwardedFor;
    }

    // Before the other filters of the module (metrics gate, unknown paths), so that it runs first.
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 30) @Initialized(ApplicationScoped.class)
                  Object event, BeanManager beanManager) {
        Admission admitting = admission;
        boolean trusting = trustForwardedFor;
        beanManager.getExtension(ServerCdiExtension.class).serverRoutingBuilder()
                .addFilter((chain, request, response) -> filter(admitting, trusting, chain, request, response));
    }

    private static void filter(Admission admission, boolean trustForwardedFor, FilterChain chain,
                               RoutingRequest request, RoutingResponse response) {
        long now = System.nanoTime();
        long standing = admission.standingQueueDelayNanos();
        request.context().register(new Arrival(now - admission.queueDelayNanos(), now, standing));
        try {
            // Helidon runs the route on this (virtual) thread: when it returns, the answer has been sent or abandoned.
            admit(admission, trustForwardedFor, standing, chain, request, response);
        } finally {
            endTurn(request);
        }
    }

    private static void admit(Admission admission, boolean trustForwardedFor, long standing, FilterChain chain,
                              RoutingRequest request, RoutingResponse response) {
        if (observability(request.path().path())) {
            chain.proceed();
            return;
        }
        if (admission.waitedTooLong(standing) || admission.full() || admission.turnTooFar()) {
            refuse(response, Status.SERVICE_UNAVAILABLE_503, BUSY);
            return;
        }
        String client = ClientAddressFilter.addressOf(trustForwardedFor,
                request.headers().first(HeaderNames.X_FORWARDED_FOR).orElse(null), request.remotePeer().host());
        String counted = client == null ? ClientAddress.UNKNOWN : client;
        if (!admission.clientEnters(counted)) {
            refuse(response, Status.TOO_MANY_REQUESTS_429, TOO_MANY);
            return;
        }
        try {
            chain.proceed();
        } finally {
            admission.clientLeft(counted);
        }
    }

    // Every request that took a turn to run (AdmissionFilter, in JAX-RS) ends it here, once its answer is sent, whatever
    // the path: some observability paths are JAX-RS resources too.
    private static void endTurn(RoutingRequest request) {
        request.context().get(Admission.Turn.class).ifPresent(Admission.Turn::close);
    }

    private static void refuse(RoutingResponse response, Status status, byte[] problem) {
        response.status(status)
                .header(HeaderNames.RETRY_AFTER, "1")
                .header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                .header(HeaderNames.CACHE_CONTROL, "no-store")
                .header(HeaderNames.create("X-Content-Type-Options"), "nosniff")
                .send(problem);
    }

    // The module's problem document, written once: a refusal sends bytes and builds nothing.
    private static byte[] problem(int status, String detail) {
        return Json.createObjectBuilder(Problems.of(status, null, detail)).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private static boolean observability(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics")
                || path.startsWith("/metrics/");
    }
}
