package io.orgkit.app.testing.contract;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * The served OpenAPI document as a contract every HTTP exchange of the tests is held to, checked by Atlassian's
 * swagger-request-validator: the status is documented for the operation, the body matches the documented schema of
 * its content type (nullability included), the documented headers are there, and every header a client acts on
 * ({@link #MEANINGFUL_HEADERS}) is documented. The request is held to it too whenever the server accepted it
 * (status below 400): a request the document forbids must not succeed. A request the server refused is allowed to
 * break the document, since tests send bad input on purpose; its answer is still checked.
 *
 * <p>Only {@code /api/...} is described by the document: health, metrics, the document itself and a host
 * application's own resources are outside it. A path or method the document does not have must be answered 404 or 405 (or 401 or 403, when a gate on the way answers first)
 * with a problem document.
 */
public final class OpenApiContract {
    /** Headers a generated client or a cache acts on: the document must declare them where the server sends them. */
    static final Set<String> MEANINGFUL_HEADERS = Set.of("location", "etag", "retry-after", "www-authenticate",
            "set-cookie", "cache-control", "vary", "allow", "content-location", "link");
    private static final Map<String, OpenApiContract> SERVED = new ConcurrentHashMap<>();
    // Every test class starts a server on a port of its own, serving the same document: it is parsed once.
    private static final Map<String, OpenApiContract> BY_DOCUMENT = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final OpenApiInteractionValidator validator;
    private final ApiOperationResolver operations;

    private OpenApiContract(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create().withDefaultLevel(ValidationReport.Level.ERROR).build())
                .build();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIParser().readContents(document, null, options).getOpenAPI();
        this.operations = new ApiOperationResolver(api, null, false);
    }

    /**
     * @param document an OpenAPI document, JSON or YAML
     * @return a contract over it
     */
    public static OpenApiContract of(String document) {
        return new OpenApiContract(document);
    }

    /**
     * @param anyUri a URI on the server
     * @return the contract of the document that server serves at {@code /openapi}, read once per server
     */
    public static OpenApiContract servedBy(URI anyUri) {
        URI origin = anyUri.resolve("/");
        return SERVED.computeIfAbsent(origin.toString(),
                o -> BY_DOCUMENT.computeIfAbsent(fetch(origin.resolve("/openapi")), OpenApiContract::of));
    }

    private static String fetch(URI document) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(document)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(document + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the OpenAPI document at " + document, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param exchange what a client sent and received
     * @return what in it the document does not allow, one line each; empty when it agrees
     */
    public List<String> violations(Exchange exchange) {
        return violations(exchange, false);
    }

    /**
     * @param exchange                what a client sent and received
     * @param requestOutsideDocument  whether the request breaks the document on purpose (its answer is still checked)
     * @return what in it the document does not allow, one line each; empty when it agrees
     */
    public List<String> violations(Exchange exchange, boolean requestOutsideDocument) {
        String path = exchange.uri().getRawPath();
        if (!path.startsWith("/api/")) {
            return List.of();
        }
        boolean head = exchange.method().equals("HEAD");
        Request.Method method = head ? Request.Method.GET : Request.Method.valueOf(exchange.method());
        List<String> violations = new ArrayList<>();

        ApiOperationMatch match = operations.findApiOperation(path, method);
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            // Authentication and the gates of the routes leading there may answer first (401, 403).
            int expected = match.isPathFound() ? 405 : 404;
            if (exchange.status() != expected && exchange.status() != 401 && exchange.status() != 403) {
                violations.add("the document has no " + exchange.method() + " " + path + ", yet the server answered "
                        + exchange.status() + " (expected " + expected + ", or 401 or 403)");
            }
            requireProblem(exchange, violations);
            return violations;
        }

        if (exchange.status() < 400 && !requestOutsideDocument) {
            report("request", validator.validateRequest(request(exchange, method, path)), violations, Set.of());
        }
        SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        if (exchange.responseBody() != null && !exchange.responseBody().isEmpty()) {
            response.withBody(exchange.responseBody());
        }
        report("response", validator.validateResponse(path, method, response.build()), violations,
                head ? Set.of("validation.response.body.missing") : Set.of());
        undocumentedHeaders(exchange, match, violations);
        return violations;
    }

    private static Request request(Exchange exchange, Request.Method method, String path) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        exchange.requestHeaders().forEach(request::withHeader);
        String query = exchange.uri().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
            }
        }
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            request.withBody(exchange.requestBody());
        }
        return request.build();
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void report(String side, ValidationReport report, List<String> violations, Set<String> ignored) {
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR && !ignored.contains(message.getKey())) {
                StringBuilder line = new StringBuilder(side).append(": ").append(message.getKey()).append(": ")
                        .append(message.getMessage());
                message.getAdditionalInfo().forEach(info -> line.append(" [").append(info).append(']'));
                message.getNestedMessages().forEach(nested -> line.append(" {").append(nested.getMessage()).append('}'));
                violations.add(line.toString());
            }
        }
    }

    private static void undocumentedHeaders(Exchange exchange, ApiOperationMatch match, List<String> violations) {
        var responses = match.getApiOperation().getOperation().getResponses();
        ApiResponse documented = responses == null ? null : responses.get(Integer.toString(exchange.status()));
        if (documented == null && responses != null) {
            documented = responses.get("default");
        }
        if (documented == null) {
            return; // the validator has reported the status already
        }
        Set<String> declared = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (documented.getHeaders() != null) {
            declared.addAll(documented.getHeaders().keySet());
        }
        for (String name : exchange.responseHeaders().keySet()) {
            if (MEANINGFUL_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !declared.contains(name)) {
                violations.add("response: header " + name + " is sent but not documented for status "
                        + exchange.status());
            }
        }
    }

    private static void requireProblem(Exchange exchange, List<String> violations) {
        String type = exchange.responseHeader("Content-Type");
        if (exchange.status() >= 400 && (type == null || !type.startsWith("application/problem+json"))) {
            violations.add("response: a " + exchange.status() + " outside the document must be "
                    + "application/problem+json, not " + type);
        }
    }
}
