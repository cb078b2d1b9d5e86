package io.orgkit.impl.role;

import java.net.URI;

import io.orgkit.api.page.Page;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.role.CreateRoleRequest;
import io.orgkit.api.role.RoleService;
import io.orgkit.api.role.RoleView;
import io.orgkit.api.role.UpdateRoleRequest;
import io.orgkit.impl.web.PageParameters;
import io.orgkit.impl.web.RequestBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/roles}: the system roles and the organization's own, by session or API key.
 */
@Path("/api/organizations/roles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "System roles and organization roles, which may shadow Member or Viewer")
public class RoleResource {
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
        return roles.list(page.toPageRequest());
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.ROLES_READ)
    @Operation(operationId = "getRole", summary = "One role: a system role by its fixed id, or an organization role")
    public RoleView get(@PathParam("id") String id) {
        return roles.get(id);
    }

    @POST
    @RequiresPermission(Permissions.ROLES_CREATE)
    @Operation(operationId = "createRole",
            summary = "Create a role with permissions the caller holds; a system role's name shadows it")
    public Response create(CreateRoleRequest request) {
        RoleView created = roles.create(RequestBodies.require(request));
        return Response.created(URI.create("/api/organizations/roles/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RequiresPermission(Permissions.ROLES_UPDATE)
    @Operation(operationId = "updateRole",
            summary = "Change an organization role's description or permissions; names are immutable, system roles "
                    + "read-only")
    public RoleView update(@PathParam("id") String id, UpdateRoleRequest request) {
        return roles.update(id, RequestBodies.require(request));
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.ROLES_DELETE)
    @Operation(operationId = "deleteRole",
            summary = "Delete an organization role; 409 while held, unless a system role catches its holders")
    public Response delete(@PathParam("id") String id) {
        roles.delete(id);
        return Response.noContent().build();
    }
}
