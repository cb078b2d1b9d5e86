package io.orgkit.impl.apikey;

import io.orgkit.api.apikey.ApiKeyPolicy;
import io.orgkit.api.apikey.ApiKeyService;
import io.orgkit.api.apikey.ApiKeyView;
import io.orgkit.api.apikey.CreateApiKeyRequest;
import io.orgkit.api.apikey.CreatedApiKey;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/api-keys}: Admin sessions only.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "API keys", description = "Keys that act for the organization with one role")
public class ApiKeyResource extends BoundResource<ApiKeyResource> {
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
        return keys.list(scope(), page.toPageRequest());
    }

    @POST
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "createApiKey", summary = "Create a key; its secret is shown in this answer only")
    @APIResponse(responseCode = "201", description = "The key, with its secret in 'key' this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiKey.class)))
    @APIResponse(responseCode = "422", description = "No such role in this organization, or an expiry beyond the "
            + "organization's maximum key lifetime",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(CreateApiKeyRequest request, @Context UriInfo uri) {
        CreatedApiKey created = keys.create(scope(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/policy")
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "getApiKeyPolicy", summary = "The organization's rules for its API keys")
    public ApiKeyPolicy policy() {
        return keys.policy(scope());
    }

    @PUT
    @Path("/policy")
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "updateApiKeyPolicy",
            summary = "Set the maximum key lifetime; it holds for existing keys from the next request on")
    public ApiKeyPolicy updatePolicy(ApiKeyPolicy policy) {
        return keys.updatePolicy(scope(), policy);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "getApiKey", summary = "One key, without its secret: what a Location header names")
    public ApiKeyView get(@PathParam("id") String id) {
        return keys.get(scope(), id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(SystemRoles.ADMIN)
    @RequiresSession
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key; it is refused from the next request on")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") String id) {
        keys.revoke(scope(), id);
        return Response.noContent().build();
    }
}
