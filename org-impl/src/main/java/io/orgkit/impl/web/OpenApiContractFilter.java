package io.orgkit.impl.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.orgkit.api.role.RoleFields;
import io.orgkit.impl.security.Gate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the OpenAPI document from the annotations that actually gate each operation (see {@link EndpointCatalog}):
 * its security requirement (session cookie, bearer session, API key, or none), a sentence saying who may call it
 * ({@code x-orgkit-gate}), and the problem responses every caller can meet. Then it states, once for every operation,
 * what the server does everywhere: every 4xx and 5xx is {@code application/problem+json}; a 401 carries
 * {@code WWW-Authenticate}, a 429 or 503 {@code Retry-After}, a 201 {@code Location}; an answer with an {@code ETag}
 * is private to the caller ({@code Cache-Control}, {@code Vary}), and so is its 304; every answer is never stored
 * ({@code Cache-Control: no-store}); a body that is not JSON is 415;
 * the admission limit's 503 can meet any request. Response schemas list every field as required (the server writes
 * nulls, never omits a field), and a merge patch's schema requires nothing. Registered with {@code mp.openapi.filter};
 * the integration tests hold every exchange to the result. On a runtime that does not scan the application's libraries
 * for annotations (Payara), the module's operations, schemas and security schemes are then added from the module's own
 * document ({@link ModuleDocument}), which is this filter's result where they are scanned.
 */
public class OpenApiContractFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String SCHEMA_PREFIX = "#/components/schemas/";
    private static final String CONSOLE_PREFIX = "/api/organizations/{id}/";
    private static final String PROBLEM_JSON = "application/problem+json";
    // The writable-fields records a merge patch applies to: absent fields stay unchanged, so nothing is required.
    private static final String PATCHED_FIELDS_SUFFIX = "Fields";
    private static final int ID_MAX = 36;
    private static final int HEADER_MAX = 1024;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            completeScanned(openAPI);
        }
        // After the completion: the module's own document is complete already.
        ModuleDocument.addMissing(openAPI);
    }

    private static void completeScanned(OpenAPI openAPI) {
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                EndpointCatalog.find(entry.getKey().name(), path.getKey()).ifPresent(endpoint -> {
                    complete(operation, endpoint.gate());
                    if (endpoint.path().startsWith(CONSOLE_PREFIX) && operation.getOperationId() != null) {
                        // The console's routes into one organization are served by the same resource classes as
                        // the /me routes; their operations need ids of their own.
                        operation.setOperationId(operation.getOperationId() + "OfOrganization");
                    }
                });
                completeAnswers(entry.getValue());
                limitParameters(entry.getValue().getParameters());
                if (entry.getValue().getDescription() == null && entry.getValue().getExtensions() != null
                        && entry.getValue().getExtensions().get("x-orgkit-gate") != null) {
                    entry.getValue().setDescription("Who may call it: " + entry.getValue().getExtensions()
                            .get("x-orgkit-gate") + ".");
                }
            }
            limitParameters(path.getValue().getParameters());
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
            limitPermissionNames(schemas);
            patchSchemasRequireNothing(openAPI, schemas);
            responseFieldsAreRequired(openAPI, schemas);
        }
    }

    /**
     * Ids in paths are UUIDs (36 characters; a longer one names nothing), and an {@code If-Match} lists entity tags:
     * every string a client sends has a length limit, as OWASP's API rules ask.
     */
    private static void limitParameters(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter parameter : parameters) {
            Schema schema = parameter.getSchema();
            if (schema == null || !SchemaTypes.is(schema, Schema.SchemaType.STRING) || schema.getMaxLength() != null
                    || schema.getEnumeration() != null) {
                continue;
            }
            if (parameter.getIn() == Parameter.In.PATH) {
                schema.setMaxLength(ID_MAX);
                if (parameter.getDescription() == null) {
                    parameter.setDescription("An id (a UUID)");
                }
            } else if (parameter.getIn() == Parameter.In.HEADER) {
                schema.setMaxLength(HEADER_MAX);
            }
        }
    }

    /** Bean Validation on a list's elements does not reach the document: the permission names' limit is set here. */
    private static void limitPermissionNames(Map<String, Schema> schemas) {
        for (String name : List.of("CreateRoleRequest", "RoleFields")) {
            Schema schema = schemas.get(name);
            Schema permissions = schema == null || schema.getProperties() == null ? null
                    : schema.getProperties().get("permissions");
            if (permissions != null && permissions.getItems() != null && permissions.getItems().getMaxLength() == null) {
                permissions.getItems().setMaxLength(RoleFields.PERMISSION_NAME_MAX);
            }
        }
    }

    private static void completeAnswers(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (operation.getRequestBody() != null) {
            addProblem(responses, "415", "The body is not JSON: send Content-Type application/json"
                    + (operation.getRequestBody().getContent() != null && operation.getRequestBody().getContent()
                    .hasMediaType(JsonBodyReader.MERGE_PATCH_JSON) ? " or " + JsonBodyReader.MERGE_PATCH_JSON : ""));
        }
        addProblem(responses, "503", "The server is busy (the admission limit); retry after Retry-After seconds");
        boolean tagged = responses.getAPIResponses().values().stream()
                .anyMatch(r -> r.getHeaders() != null && r.getHeaders().containsKey("ETag"));
        for (Map.Entry<String, APIResponse> answer : responses.getAPIResponses().entrySet()) {
            String status = answer.getKey();
            APIResponse response = answer.getValue();
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.content(problemContent());
                }
            }
            switch (status) {
                case "401" -> header(response, "WWW-Authenticate", "Bearer: how to authenticate");
                case "429", "503" -> header(response, "Retry-After", "Seconds to wait before trying again",
                        SchemaTypes.of(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(java.math.BigDecimal.ZERO)
                                .maximum(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)));
                case "201" -> header(response, "Location", "The URL of what was created (GET answers it)");
                case "304" -> header(response, "ETag", "The tag the request's If-None-Match matched");
                default -> {
                }
            }
            if (tagged && (status.equals("304") || response.getHeaders() != null
                    && response.getHeaders().containsKey("ETag"))) {
                header(response, "Cache-Control", "private, no-cache, no-store: the answer depends on the caller and "
                        + "is never stored by a browser or proxy; a client that keeps it revalidates it");
                header(response, "Vary", "Authorization, Cookie, X-API-Key: the credentials it depends on");
            }
            // Every answer of the API (SecurityHeadersFilter): it may carry a token, a key or what only the caller
            // may read.
            header(response, "Cache-Control", "no-store: never stored by a browser or proxy");
        }
    }

    private static void header(APIResponse response, String name, String description) {
        header(response, name, description, SchemaTypes.of(Schema.SchemaType.STRING));
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
        } else if (response.getHeaders().get(name).getDescription() == null) {
            Header declared = response.getHeaders().get(name);
            declared.setDescription(description);
        }
    }

    /**
     * A PATCH body is a JSON merge patch of a writable-fields record: it names any of the fields, so its schema is a
     * copy of the record's that requires none ({@code OrganizationFields} becomes {@code OrganizationFieldsPatch}).
     */
    private static void patchSchemasRequireNothing(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> copied = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation patch = item.getPATCH();
            if (patch == null || patch.getRequestBody() == null || patch.getRequestBody().getContent() == null) {
                continue;
            }
            for (MediaType media : patch.getRequestBody().getContent().getMediaTypes().values()) {
                String name = refName(media.getSchema());
                if (name == null || !name.endsWith(PATCHED_FIELDS_SUFFIX) || !schemas.containsKey(name)) {
                    continue;
                }
                String patchName = name + "Patch";
                if (!openAPI.getComponents().getSchemas().containsKey(patchName)) {
                    Schema fields = schemas.get(name);
                    Schema copy = SchemaTypes.of(Schema.SchemaType.OBJECT)
                            .description(fields.getDescription())
                            .properties(new LinkedHashMap<>(fields.getProperties()))
                            .additionalPropertiesBoolean(Boolean.FALSE);
                    openAPI.getComponents().addSchema(patchName, copy);
                }
                media.setSchema(OASFactory.createSchema().ref(SCHEMA_PREFIX + patchName));
                copied.add(name);
            }
        }
        // The fields records appear in the document only through their patches.
        copied.forEach(openAPI.getComponents()::removeSchema);
    }

    /**
     * The server writes every field of an answer, {@code null} included: a response schema without a list of its
     * own requires all its properties, so that a missing field breaks the contract as a wrong one does.
     */
    private static void responseFieldsAreRequired(OpenAPI openAPI, Map<String, Schema> schemas) {
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> reach(media.getSchema(), schemas, inRequests));
                }
                if (operation.getResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                            response.getContent().getMediaTypes().values()
                                    .forEach(media -> reach(media.getSchema(), schemas, inResponses));
                        }
                    }
                }
            }
        }
        inResponses.removeAll(inRequests);
        for (String name : inResponses) {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()
                    && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        if (schema == null) {
            return;
        }
        String name = refName(schema);
        if (name != null) {
            if (seen.add(name)) {
                reach(schemas.get(name), schemas, seen);
            }
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, seen));
        }
        reach(schema.getItems(), schemas, seen);
        reach(schema.getAdditionalPropertiesSchema(), schemas, seen);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> reach(member, schemas, seen));
            }
        }
    }

    private static String refName(Schema schema) {
        return schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMA_PREFIX) ? null
                : schema.getRef().substring(SCHEMA_PREFIX.length());
    }

    private static void complete(Operation operation, Gate gate) {
        operation.addExtension("x-orgkit-gate", gate.describe());
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(security(gate));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        addProblem(responses, "400", "Malformed JSON, a wrong type, an unknown field, or an invalid field");
        if (!gate.open()) {
            addProblem(responses, "401", "No credentials, or unknown, expired or revoked ones");
            addProblem(responses, "403", "The caller may not do this (role, permission, API key on a session-only "
                    + "endpoint, or a missing X-Requested-With on a cookie request)");
        }
        addProblem(responses, "404", "Not found (also: another organization's id, or no active organization)");
        addProblem(responses, "413", "The request body is over 64 KiB");
        addProblem(responses, "500", "The server failed; the detail says nothing more");
    }

    private static List<SecurityRequirement> security(Gate gate) {
        List<SecurityRequirement> requirements = new ArrayList<>();
        if (gate.open()) {
            // Anonymous is allowed; a session is still recognised where it matters (accepting an invitation).
            requirements.add(OASFactory.createSecurityRequirement());
            requirements.add(OASFactory.createSecurityRequirement().addScheme("sessionCookie"));
            requirements.add(OASFactory.createSecurityRequirement().addScheme("sessionBearer"));
            requirements.add(OASFactory.createSecurityRequirement().addScheme("identityToken"));
            return requirements;
        }
        requirements.add(OASFactory.createSecurityRequirement().addScheme("sessionCookie"));
        requirements.add(OASFactory.createSecurityRequirement().addScheme("sessionBearer"));
        requirements.add(OASFactory.createSecurityRequirement().addScheme("identityToken"));
        if (!gate.sessionOnly() && !gate.roles().contains("Super Admin")) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme("apiKey"));
        }
        return requirements;
    }

    private static void addProblem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
