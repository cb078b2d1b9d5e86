package io.orgkit.impl.web;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.FieldError;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.OrgException;
import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.api.error.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place failures become HTTP answers: typed domain exceptions, JAX-RS's own (404, 405, 415…), unreadable
 * bodies and database conflicts each become an RFC 9457 problem. Anything else is a 500 whose detail says nothing
 * about the cause; the cause goes to the log. 5xx are logged at SEVERE, 4xx at FINE.
 */
@Provider
@ApplicationScoped
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property ([A-Za-z0-9_]{1,64}) can not be mapped");
    private static final Pattern WRONG_TYPE = Pattern.compile("Unable to deserialize property '([A-Za-z0-9_]{1,64})'");

    @Override
    public Response toResponse(Throwable exception) {
        OrgException domain = find(exception, OrgException.class);
        if (domain != null) {
            return domain(domain);
        }
        if (exception instanceof NotFoundException) {
            // No resource matched: an empty 404 lets the web server try its other routes (health, metrics,
            // openapi), and it answers the problem itself when none serves the path.
            return Response.status(404).build();
        }
        if (exception instanceof WebApplicationException web && !(exception.getCause() instanceof JsonbException)) {
            return web(web);
        }
        JsonbException binding = find(exception, JsonbException.class);
        if (binding != null) {
            return domain(bodyProblem(binding));
        }
        if (find(exception, JsonParsingException.class) != null || exception instanceof ProcessingException) {
            return log(400, "Invalid request", "The request body is not valid JSON of the expected shape", exception);
        }
        if (find(exception, OptimisticLockException.class) != null) {
            return log(409, "Conflict", "The resource was changed concurrently; read it again and retry", exception);
        }
        if (find(exception, SQLIntegrityConstraintViolationException.class) != null) {
            return log(409, "Conflict", "The request conflicts with existing data", exception);
        }
        return log(500, null, "The server failed to handle the request", exception);
    }

    // Yasson names the field in its messages; only a plain identifier is echoed back, never the rest of the text.
    private static InvalidRequestException bodyProblem(JsonbException exception) {
        String message = String.valueOf(exception.getMessage());
        Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
        if (unknown.find()) {
            return new InvalidRequestException("Unknown or read-only field '" + unknown.group(1) + "'",
                    List.of(new FieldError(unknown.group(1), "is unknown or not writable")));
        }
        Matcher wrongType = WRONG_TYPE.matcher(message);
        if (wrongType.find()) {
            return new InvalidRequestException("Field '" + wrongType.group(1) + "' has the wrong type",
                    List.of(new FieldError(wrongType.group(1), "has the wrong type")));
        }
        return new InvalidRequestException("The request body is not valid JSON of the expected shape", List.of());
    }

    private Response domain(OrgException exception) {
        Map<String, Object> problem = Problems.of(exception.status(), exception.title(), exception.getMessage());
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
