package io.orgkit.helidon;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.microprofile.server.ServerCdiExtension;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.DirectHandlers;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.interceptor.Interceptor;

/**
 * What the web server's listener answers by itself, before any route runs (a request line or path it cannot parse,
 * broken percent-encoding such as {@code %zz}, headers too large), is a problem document like every other error of the
 * API, and never repeats the request. Helidon's own answer is a plain-text 400.
 *
 * <p>Helidon MP 4.1 has no public way to give the listener its handlers; the server builder is reached by reflection.
 * Should that fail on another Helidon release, the listener keeps its own answers and a warning says so.
 */
@ApplicationScoped
public class ListenerProblemHandler {
    private static final Logger LOG = Logger.getLogger(ListenerProblemHandler.class.getName());

    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 40) @Initialized(ApplicationScoped.class)
                  Object event, BeanManager beanManager) {
        DirectHandler problem = ListenerProblemHandler::problem;
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            handlers.addHandler(type, problem);
        }
        try {
            Method serverBuilder = ServerCdiExtension.class.getDeclaredMethod("serverBuilder");
            serverBuilder.setAccessible(true);
            WebServerConfig.Builder server = (WebServerConfig.Builder) serverBuilder
                    .invoke(beanManager.getExtension(ServerCdiExtension.class));
            server.directHandlers(handlers.build());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The listener's own error answers stay Helidon's plain text", e);
        }
    }

    private static DirectHandler.TransportResponse problem(DirectHandler.TransportRequest request,
                                                           DirectHandler.EventType type, Status status,
                                                           ServerResponseHeaders headers, String message) {
        int code = status.code();
        String body = "{\"type\":\"urn:orgkit:problem:" + slug(status) + "\",\"title\":\"" + status.reasonPhrase()
                + "\",\"status\":" + code + ",\"detail\":\"" + detail(code) + "\"}";
        headers.set(HeaderNames.CONTENT_TYPE, "application/problem+json");
        return DirectHandler.TransportResponse.builder()
                .status(status)
                .headers(headers)
                .entity(body.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    // The same problem types as the API's own answers (web.Problems).
    private static String slug(Status status) {
        return switch (status.code()) {
            case 400 -> "invalid-request";
            case 404 -> "not-found";
            case 413 -> "payload-too-large";
            default -> status.code() >= 500 ? "server-error" : "http-" + status.code();
        };
    }

    private static String detail(int code) {
        return switch (code) {
            case 400 -> "The request could not be parsed: its request line, path, query or headers are malformed "
                    + "(for example broken percent-encoding)";
            case 413 -> "The request body is too large";
            case 431 -> "The request headers are too large";
            case 404 -> "No such resource";
            default -> code >= 500 ? "The server failed to handle the request" : "The request was refused";
        };
    }
}
