package io.orgkit.helidon;

import io.helidon.http.HeaderNames;
import io.helidon.http.NotFoundException;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;

/**
 * Answers a path that no route serves with a problem document. JAX-RS leaves unmatched paths to the web server (so
 * that /health, /metrics and /openapi still work beside a root JAX-RS application); this is the web server's last word.
 */
@ApplicationScoped
public class UnknownPathProblemHandler {
    private static final String BODY = "{\"type\":\"urn:orgkit:problem:not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"No such resource\"}";

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 50) @Initialized(ApplicationScoped.class)
                  Object event, BeanManager beanManager) {
        beanManager.getExtension(ServerCdiExtension.class)
                .serverRoutingBuilder()
                .error(NotFoundException.class, (request, response, exception) -> response
                        .status(Status.NOT_FOUND_404)
                        .header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                        .header(HeaderNames.create("X-Content-Type-Options"), "nosniff")
                        .header(HeaderNames.create("Referrer-Policy"), "no-referrer")
                        .send(BODY));
    }
}
