package io.orgkit.impl.apikey;

import java.net.URI;

import io.orgkit.api.apikey.ApiKeyService;
import io.orgkit.api.apikey.ApiKeyView;
import io.orgkit.api.apikey.CreateApiKeyRequest;
import io.orgkit.api.apikey.CreatedApiKey;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.web.PageParameters;
import io.orgkit.impl.web.RequestBodies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/api-keys}: Admin sessions only.
 */
@Path("/api/organizations/api-keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys that act for the organization with one role")
public class ApiKeyResource {
    private final ApiKeyService keys;

    @Inject
    public ApiKeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    @GET
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "listApiKeys", summary = "The organization's API keys, without secrets")
    public Page<ApiKeyView> list(@BeanParam PageParameters page) {
        return keys.list(page.toPageRequest());
    }

    @POST
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "createApiKey", summary = "Create a key; its secret is shown in this answer only")
    @APIResponse(responseCode = "201", description = "The key, with its secret in 'key' this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiKey.class)))
    @APIResponse(responseCode = "422", description = "No such role in this organization",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(CreateApiKeyRequest request) {
        CreatedApiKey created = keys.create(RequestBodies.require(request));
        return Response.created(URI.create("/api/organizations/api-keys/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key; it is refused from the next request on")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(id);
        return Response.noContent().build();
    }
}
