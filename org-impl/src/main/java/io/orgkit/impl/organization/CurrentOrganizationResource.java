package io.orgkit.impl.organization;

import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.api.organization.OrganizationService;
import io.orgkit.api.organization.OrganizationView;
import io.orgkit.api.organization.PermissionMapView;
import io.orgkit.api.permission.RequiresMembership;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.JsonBodyReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/me}: the caller's active organization (a session's or an API key's) and its permission
 * map.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class CurrentOrganizationResource extends BoundResource<CurrentOrganizationResource> {
    // The permission map's ETag is the hash of exactly the JSON this module writes.
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private final OrganizationService organizations;

    @Inject
    public CurrentOrganizationResource(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @RequiresMembership
    @Operation(operationId = "getCurrentOrganization", summary = "The caller's active organization",
            description = "Answers 304 to an If-None-Match that still matches the ETag.")
    @APIResponse(responseCode = "200", description = "The organization, with its ETag",
            headers = @Header(name = "ETag", description = "The organization's id and version",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "404", description = "The session has no active organization")
    public Response get(@Context Request request) {
        return OrganizationResponses.read(request, organizations.get(scope()));
    }

    @PATCH
    @RolesAllowed(SystemRoles.ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, JsonBodyReader.MERGE_PATCH_JSON})
    @Operation(operationId = "updateCurrentOrganization", summary = "Change the active organization (merge patch)",
            description = "A JSON merge patch (RFC 7396) of the organization's writable fields: absent fields stay "
                    + "unchanged; logo: null clears the logo. Unknown and read-only fields are refused with 400 "
                    + "naming them.")
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
    @APIResponse(responseCode = "403", description = "The caller is not an Admin of the organization")
    @APIResponse(responseCode = "404", description = "The session has no active organization")
    @APIResponse(responseCode = "409", description = "A concurrent change won the race, or the slug belongs to "
            + "another organization")
    @APIResponse(responseCode = "412", description = "If-Match no longer matches the ETag")
    public Response update(JsonObject patch, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return OrganizationResponses.ok(organizations.update(scope(), patch, ifMatch));
    }

    @GET
    @Path("/permissions")
    @RequiresMembership
    @Operation(operationId = "getCurrentPermissions", summary = "The caller's role and every catalog permission",
            description = "Every permission of the catalog (the host application's too) with whether the caller's "
                    + "role grants it, and for each granted one its source: system:<role> or org:<role> when an "
                    + "organization role shadows the system role. The ETag is a hash of the body; If-None-Match "
                    + "answers 304 while it still matches.")
    @APIResponse(responseCode = "200", description = "The permission map",
            headers = @Header(name = "ETag", description = "A hash of the body",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PermissionMapView.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "401", description = "No or bad credentials")
    @APIResponse(responseCode = "404", description = "The session has no active organization")
    public Response permissions(@Context Request request) {
        PermissionMapView map = organizations.permissions(scope());
        String json = JSON.toJson(map);
        // The body names no organization, so the organization's id joins the hash: a caller who switches
        // organizations never revalidates one organization's map against another's.
        EntityTag tag = EntityTag.valueOf(EntityTags.ofText(scope().organizationId() + "\n" + json));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return OrganizationResponses.callerDependent(notModified.tag(tag)).build();
        }
        return OrganizationResponses.callerDependent(Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag))
                .build();
    }
}
