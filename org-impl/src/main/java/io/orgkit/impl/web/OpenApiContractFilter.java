package io.orgkit.impl.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.orgkit.impl.security.Gate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the OpenAPI document from the annotations that actually gate each operation (see {@link EndpointCatalog}):
 * its security requirement (session cookie, bearer session, API key, or none), a sentence saying who may call it
 * ({@code x-orgkit-gate}), and the problem responses every caller can meet. On a runtime that does not scan the
 * application's libraries for annotations (Payara), the module's operations, schemas and security schemes are then
 * added from the module's own document ({@link ModuleDocument}). Registered with {@code mp.openapi.filter}.
 */
public class OpenApiContractFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String CONSOLE_PREFIX = "/api/organizations/{id}/";

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
            }
        }
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
            return requirements;
        }
        requirements.add(OASFactory.createSecurityRequirement().addScheme("sessionCookie"));
        requirements.add(OASFactory.createSecurityRequirement().addScheme("sessionBearer"));
        if (!gate.sessionOnly() && !gate.roles().contains("Super Admin")) {
            requirements.add(OASFactory.createSecurityRequirement().addScheme("apiKey"));
        }
        return requirements;
    }

    private static void addProblem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        responses.addAPIResponse(status, response);
    }
}
