package io.orgkit.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.web.EndpointCatalog;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served OpenAPI document is valid for a real parser and describes every JAX-RS operation of the module,
 * each with an operation id, a tag, its security and its problem answers.
 */
@HttpOnly
@SharedServer
class OpenApiDocumentTest {
    @Inject
    WebTarget target;

    @Test
    void documentParsesWithoutErrorsOrWarnings() {
        SwaggerParseResult result = parse();
        assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
        assertEquals(List.of(), result.getMessages());
    }

    @Test
    void everyModuleOperationIsDocumentedWithIdTagSecurityAndProblems() {
        OpenAPI document = parse().getOpenAPI();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (EndpointCatalog.Endpoint endpoint : EndpointCatalog.endpoints()) {
            if (!endpoint.path().startsWith("/api/")) {
                continue; // the host's own resources (tests) are the host's business
            }
            checked++;
            PathItem item = document.getPaths().get(endpoint.path());
            Operation operation = item == null ? null
                    : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(endpoint.method().toUpperCase(Locale.ROOT)));
            if (operation == null) {
                missing.add(endpoint.method() + " " + endpoint.path());
                continue;
            }
            String name = endpoint.method() + " " + endpoint.path();
            assertNotNull(operation.getOperationId(), name + " has no operationId");
            assertFalse(operation.getTags() == null || operation.getTags().isEmpty(), name + " has no tag");
            assertFalse(operation.getSecurity() == null || operation.getSecurity().isEmpty(), name + " has no security");
            assertTrue(operation.getResponses().containsKey("400"), name + " documents no 400");
            if (!endpoint.gate().open()) {
                assertTrue(operation.getResponses().containsKey("401"), name + " documents no 401");
                assertTrue(operation.getResponses().containsKey("403"), name + " documents no 403");
            }
        }
        assertTrue(checked >= 7, "only " + checked + " operations found");
        assertEquals(List.of(), missing, "operations missing from /openapi");
    }

    @Test
    void everyErrorIsAProblemAndEveryCreationHasALocation() {
        List<String> wrong = new ArrayList<>();
        parse().getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operation.getResponses().forEach((status, response) -> {
                    String name = method + " " + path + " " + status;
                    if (status.startsWith("4") || status.startsWith("5")) {
                        if (response.getContent() == null || !response.getContent().containsKey("application/problem+json")) {
                            wrong.add(name + " declares no problem+json body");
                        }
                    }
                    if ((status.equals("201") && !hasHeader(response, "Location"))
                            || (status.equals("401") && !hasHeader(response, "WWW-Authenticate"))
                            || ((status.equals("429") || status.equals("503")) && !hasHeader(response, "Retry-After"))) {
                        wrong.add(name + " lacks the header it is always sent with");
                    }
                })));
        assertEquals(List.of(), wrong);
    }

    @Test
    void theDocumentNamesItsServerAndNoExampleExpiryIsPast() {
        OpenAPI document = parse().getOpenAPI();
        assertFalse(document.getServers() == null || document.getServers().isEmpty(), "servers");
        String json = target.path("/openapi").request(MediaType.APPLICATION_JSON).get(String.class);
        String example;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            example = reader.readObject().getJsonObject("components").getJsonObject("schemas")
                    .getJsonObject("CreateApiKeyRequest").getJsonObject("properties").getJsonObject("expiresAt")
                    .getString("example");
        }
        assertTrue(java.time.OffsetDateTime.parse(example).toInstant()
                .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(3650))), "example " + example);
    }

    private static boolean hasHeader(io.swagger.v3.oas.models.responses.ApiResponse response, String name) {
        return response.getHeaders() != null && response.getHeaders().containsKey(name);
    }

    @Test
    void operationIdsAreUnique() {
        List<String> ids = new ArrayList<>();
        parse().getOpenAPI().getPaths().values().forEach(item -> item.readOperations().forEach(op -> ids.add(op.getOperationId())));
        assertEquals(ids.size(), ids.stream().distinct().count(), ids.toString());
    }

    private SwaggerParseResult parse() {
        String json = target.path("/openapi").request(MediaType.APPLICATION_JSON).get(String.class);
        return new OpenAPIV3Parser().readContents(json);
    }
}
