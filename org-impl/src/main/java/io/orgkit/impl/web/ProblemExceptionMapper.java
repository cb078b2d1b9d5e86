package io.orgkit.impl.web;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.OrgException;
import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.impl.persistence.DatabaseAvailability;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.validation.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place failures become HTTP answers: typed domain exceptions, Bean Validation's violations, JAX-RS's own
 * (404, 405, 415…), unreadable bodies and database conflicts each become an RFC 9457 problem. Anything else is a 500
 * whose detail says nothing about the cause; the cause goes to the log. 5xx are logged at SEVERE, 4xx at FINE. A
 * database that cannot be reached, or a pool with no connection to give in time, is a 503 with {@code Retry-After}.
 */
@Provider
@ApplicationScoped
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    private DatabaseAvailability database;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public ProblemExceptionMapper() {
    }

    @Inject
    public ProblemExceptionMapper(DatabaseAvailability database) {
        this.database = database;
    }

    @Override
    public Response toResponse(Throwable exception) {
        OrgException domain = find(exception, OrgException.class);
        if (domain != null) {
            return domain(domain);
        }
        ConstraintViolationException violations = find(exception, ConstraintViolationException.class);
        if (violations != null && !violations.getConstraintViolations().isEmpty()) {
            return domain(Violations.toInvalidRequest(violations.getConstraintViolations()));
        }
        if (exception instanceof NotFoundException) {
            // No resource matched: an empty 404 lets the web server try its other routes (health, metrics,
            // openapi), and it answers the problem itself when none serves the path.
            return Response.status(404).build();
        }
        if (exception instanceof WebApplicationException web && find(exception, JsonbException.class) == null) {
            return web(web);
        }
        if (find(exception, JsonbException.class) != null || find(exception, JsonException.class) != null
                || exception instanceof ProcessingException) {
            return log(400, "Invalid request", "The request body is not valid JSON of the expected shape", exception);
        }
        if (database != null && database.noteFailure(exception)) {
            // Logged once when the outage begins (DatabaseAvailability), not for every request it fails.
            LOG.log(Level.FINE, "Refused with 503: the database cannot be reached", exception);
            return DatabaseOutageFilter.unavailable();
        }
        if (DatabaseAvailability.poolTimedOut(exception)) {
            // The pool had no connection within its timeout: the server is busy, not broken.
            LOG.log(Level.FINE, "Refused with 503: no pooled connection in time", exception);
            return Response.status(503).type(Problems.PROBLEM_JSON)
                    .header("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS)
                    .entity(Problems.of(503, null, "The server is busy; retry in a moment")).build();
        }
        var conflict = DatabaseConflicts.classify(exception);
        if (conflict.isPresent()) {
            return domain(DatabaseConflicts.generic(conflict.get()));
        }
        return log(500, null, "The server failed to handle the request", exception);
    }

    private Response domain(OrgException exception) {
        Map<String, Object> problem = Problems.of(exception.status(), exception.title(), exception.getMessage());
        if (exception.problemType() != null) {
            problem.put("type", exception.problemType());
        }
        if (exception instanceof InvalidRequestException invalid) {
            Problems.withErrors(problem, invalid.errors());
        } else if (exception instanceof UnprocessableException unprocessable) {
            Problems.withErrors(problem, unprocessable.errors());
        } else if (exception instanceof AccessDeniedException denied) {
            Problems.withMissingPermissions(problem, denied.missingPermissions());
        }
        Response.ResponseBuilder response = build(exception.status(), problem, exception);
        if (exception instanceof TooManyRequestsException throttled) {
            response.header("Retry-After", throttled.retryAfterSeconds());
        }
        if (exception.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    private Response web(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Response.ResponseBuilder response = build(status, Problems.of(status, null, Problems.defaultDetail(status)),
                exception);
        // Keep what the protocol needs, such as Allow on a 405.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    private Response log(int status, String title, String detail, Throwable exception) {
        return build(status, Problems.of(status, title, detail), exception).build();
    }

    private Response.ResponseBuilder build(int status, Map<String, Object> problem, Throwable exception) {
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Request failed", exception);
        } else if (LOG.isLoggable(Level.FINE)) {
            LOG.log(Level.FINE, "Request refused with " + status + ": " + exception);
        }
        return Response.status(status).type(Problems.PROBLEM_JSON).entity(problem);
    }

    private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
        for (Throwable current = exception; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }
}
