package io.orgkit.impl.organization;

import io.orgkit.api.error.OrganizationSuspendedException;
import io.orgkit.api.organization.CreateOrganizationRequest;
import io.orgkit.api.organization.FoundOrganizationRequest;
import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.api.organization.OrganizationService;
import io.orgkit.api.organization.OrganizationView;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.api.validation.Slug;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.security.OrganizationScopes;
import io.orgkit.impl.web.JsonBodyReader;
import io.orgkit.impl.web.PageParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations} and {@code /api/organizations/{id}}: the Super Admin console over every organization.
 * Super Admin sessions only; API keys are refused (403) whatever their role.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationConsoleResource {
    private static final String ID = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    private final OrganizationService organizations;
    private final OrganizationScopes scopes;
    private final CallerContext callers;

    @Inject
    public OrganizationConsoleResource(OrganizationService organizations, OrganizationScopes scopes,
                                       CallerContext callers) {
        this.organizations = organizations;
        this.scopes = scopes;
        this.callers = callers;
    }

    @GET
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "listOrganizations", summary = "Every organization, oldest first (Super Admin)",
            description = "Deleted organizations are left out, unless deleted=true, which lists only them.")
    @APIResponse(responseCode = "200", description = "A keyset page: {data, nextCursor}")
    @APIResponse(responseCode = "400", description = "Bad limit, cursor or q")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    public Page<OrganizationView> list(
            @Parameter(description = "Case-insensitive substring of the name, up to 100 characters",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @QueryParam("q") String q,
            @Parameter(description = "true: only the deleted organizations that can still be restored")
            @QueryParam("deleted") boolean deleted,
            @BeanParam PageParameters page) {
        return organizations.list(callers.require().actor(), q, deleted, page.toPageRequest());
    }

    @POST
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "createOrganization", summary = "Create an organization (Super Admin)",
            description = "With adminEmail, that email is invited as Admin in the same transaction.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CreateOrganizationRequest.class)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "A field that is unknown, mistyped or invalid; nothing is "
            + "created")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "409", description = "The slug belongs to another organization")
    public Response create(CreateOrganizationRequest request, @Context UriInfo uri) {
        return OrganizationResponses.created(uri, organizations.create(callers.require().actor(), request));
    }

    @GET
    @Path(ID)
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "getOrganization", summary = "One organization (Super Admin)")
    @APIResponse(responseCode = "200", description = "The organization, with its ETag",
            headers = @Header(name = "ETag", description = "The organization's id and version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "404", description = "No such organization")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return OrganizationResponses.read(request, organizations.get(scopes.console(id)));
    }

    @POST
    @Path("found")
    @RequiresSession
    @Operation(operationId = "foundOrganization", summary = "Found an organization of your own and become its Admin",
            description = "When the server allows it (org.organizations.founding), up to "
                    + "org.organizations.max-founded-per-user organizations per user. Your other memberships and your "
                    + "session's active organization stay as they are.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FoundOrganizationRequest.class)))
    @APIResponse(responseCode = "200", description = "Founded; you are its Admin (switch to it with PUT "
            + "/api/auth/session/organization to act in it)",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "A field that is unknown, mistyped or invalid")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Founding is turned off, or an API key")
    @APIResponse(responseCode = "409", description = "The per-user limit is reached, or the slug is taken")
    public Response found(FoundOrganizationRequest request) {
        return OrganizationResponses.ok(organizations.found(callers.require().actor(), request));
    }

    @GET
    @Path("by-slug/{slug}")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "getOrganizationBySlug", summary = "The organization that has a slug (Super Admin)")
    @APIResponse(responseCode = "200", description = "The organization, with its ETag",
            headers = @Header(name = "ETag", description = "The organization's id and version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "404", description = "No organization has this slug")
    public Response getBySlug(
            @Parameter(description = "The slug", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX))
            @PathParam("slug") String slug, @Context Request request) {
        return OrganizationResponses.read(request, organizations.findBySlug(callers.require().actor(), slug));
    }

    @PATCH
    @Path(ID)
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Consumes({MediaType.APPLICATION_JSON, JsonBodyReader.MERGE_PATCH_JSON})
    @Operation(operationId = "updateOrganization", summary = "Change an organization (Super Admin; merge patch)",
            description = "As PATCH /api/organizations/me.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationFields.class)),
            @Content(mediaType = JsonBodyReader.MERGE_PATCH_JSON,
                    schema = @Schema(implementation = OrganizationFields.class))})
    @APIResponse(responseCode = "200", description = "The organization after the change, with its new ETag",
            headers = @Header(name = "ETag", description = "The organization's id and new version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or a field that is unknown, read-only, "
            + "mistyped or invalid")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "409", description = "A concurrent change won the race, or the slug belongs to "
            + "another organization")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches the ETag")
    public Response update(@PathParam("id") String id, JsonObject patch,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return OrganizationResponses.ok(organizations.update(scopes.console(id), patch, ifMatch));
    }

    @POST
    @Path(ID + "/suspend")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "suspendOrganization", summary = "Suspend an organization (Super Admin)",
            description = "Until it is resumed, its members' sessions and its API keys get 403 with the problem type "
                    + OrganizationSuspendedException.TYPE + ". Suspending a suspended organization changes nothing.")
    @APIResponse(responseCode = "200", description = "The organization, with suspendedAt",
            headers = @Header(name = "ETag", description = "The organization's id and version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "404", description = "No such organization")
    public Response suspend(@PathParam("id") String id) {
        return OrganizationResponses.ok(organizations.suspend(scopes.console(id)));
    }

    @POST
    @Path(ID + "/resume")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "resumeOrganization", summary = "Resume a suspended organization (Super Admin)")
    @APIResponse(responseCode = "200", description = "The organization, without suspendedAt",
            headers = @Header(name = "ETag", description = "The organization's id and version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "404", description = "No such organization")
    public Response resume(@PathParam("id") String id) {
        return OrganizationResponses.ok(organizations.resume(scopes.console(id)));
    }

    @POST
    @Path(ID + "/restore")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "restoreOrganization", summary = "Restore a deleted organization (Super Admin)",
            description = "Within the restore window (org.organizations.restore-window, 30 days by default), with "
                    + "everything it had.")
    @APIResponse(responseCode = "200", description = "The organization, restored",
            headers = @Header(name = "ETag", description = "The organization's id and version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "404", description = "No such organization (or it was deleted for good)")
    @APIResponse(responseCode = "409", description = "The organization is not deleted")
    @APIResponse(responseCode = "410", description = "The restore window has passed")
    public Response restore(@PathParam("id") String id) {
        return OrganizationResponses.ok(organizations.restore(callers.require().actor(), id));
    }

    @DELETE
    @Path(ID)
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    @Operation(operationId = "deleteOrganization", summary = "Delete an organization, restorably (Super Admin)",
            description = "A soft delete: the organization is gone for everyone at once, and POST …/restore brings it "
                    + "back within the restore window; after it the purge deletes it for good, with its memberships, "
                    + "roles, invitations, pending emails and API keys. Users stay.")
    @APIResponse(responseCode = "204", description = "Deleted (restorable)")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "403", description = "Not a Super Admin session")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches the ETag")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        organizations.delete(scopes.console(id), ifMatch);
        return Response.noContent().build();
    }
}
