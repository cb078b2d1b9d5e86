package io.orgkit.impl.role;

import io.orgkit.api.page.Page;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.role.CreateRoleRequest;
import io.orgkit.api.role.RoleFields;
import io.orgkit.api.role.RoleService;
import io.orgkit.api.role.RoleView;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.JsonBodyReader;
import io.orgkit.impl.web.PageParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The roles of one organization, system roles and its own: the caller's organization at
 * {@code /api/organizations/roles}, any at {@code /api/organizations/{id}/roles} for the Super Admin console.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "System roles and organization roles, which may shadow Member or Viewer")
public class RoleResource extends BoundResource<RoleResource> {
    private final RoleService roles;

    @Inject
    public RoleResource(RoleService roles) {
        this.roles = roles;
    }

    @GET
    @RequiresPermission(Permissions.ROLES_READ)
    @Operation(operationId = "listRoles",
            summary = "System roles (unless shadowed) then organization roles, one entry per name, in id order")
    public Page<RoleView> list(@BeanParam PageParameters page) {
        return roles.list(scope(), page.toPageRequest());
    }

    @GET
    @Path("/{roleId}")
    @RequiresPermission(Permissions.ROLES_READ)
    @Operation(operationId = "getRole", summary = "One role: a system role by its fixed id, or an organization role")
    public RoleView get(@PathParam("roleId") String id) {
        return roles.get(scope(), id);
    }

    @POST
    @RequiresPermission(Permissions.ROLES_CREATE)
    @Operation(operationId = "createRole",
            summary = "Create a role with permissions the caller holds; a system role's name shadows it")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "409", description = "The organization already has a role of that name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "A reserved or unshadowable name (Admin, Super Admin), or an "
            + "unknown permission", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(CreateRoleRequest request, @Context UriInfo uri) {
        RoleView created = roles.create(scope(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @PATCH
    @Path("/{roleId}")
    @RequiresPermission(Permissions.ROLES_UPDATE)
    @Consumes({MediaType.APPLICATION_JSON, JsonBodyReader.MERGE_PATCH_JSON})
    @Operation(operationId = "updateRole",
            summary = "Change an organization role's description or permissions (merge patch); names are immutable, "
                    + "system roles read-only")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleFields.class)),
            @Content(mediaType = JsonBodyReader.MERGE_PATCH_JSON, schema = @Schema(implementation = RoleFields.class))})
    @APIResponse(responseCode = "200", description = "The role after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "422", description = "An unknown permission",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RoleView update(@PathParam("roleId") String id, JsonObject patch) {
        return roles.update(scope(), id, patch);
    }

    @DELETE
    @Path("/{roleId}")
    @RequiresPermission(Permissions.ROLES_DELETE)
    @Operation(operationId = "deleteRole",
            summary = "Delete an organization role; 409 while held, unless a system role catches its holders")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Members, keys or pending invitations hold it and no system role "
            + "would catch them", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response delete(@PathParam("roleId") String id) {
        roles.delete(scope(), id);
        return Response.noContent().build();
    }
}
