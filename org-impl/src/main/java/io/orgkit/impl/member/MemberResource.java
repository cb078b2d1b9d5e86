package io.orgkit.impl.member;

import io.orgkit.api.member.MemberFilter;
import io.orgkit.api.member.MemberService;
import io.orgkit.api.member.MemberView;
import io.orgkit.api.member.MemberFields;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.validation.RoleName;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.JsonBodyReader;
import io.orgkit.impl.web.PageParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.json.JsonObject;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The members of one organization: the caller's own at {@code /api/organizations/members}, any at
 * {@code /api/organizations/{id}/members} for the Super Admin console.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "People in the organization and the role each holds")
public class MemberResource extends BoundResource<MemberResource> {
    private final MemberService members;

    @Inject
    public MemberResource(MemberService members) {
        this.members = members;
    }

    @GET
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(operationId = "listMembers",
            summary = "Members in the order they joined; ?role= (exact name, any case) and ?q= (email or name contains)")
    public Page<MemberView> list(
            @Parameter(description = "A role name, any case", schema = @Schema(type = SchemaType.STRING,
                    maxLength = RoleName.MAX))
            @QueryParam("role") String role,
            @Parameter(description = "Contained in the email or the name, any case", schema = @Schema(type = SchemaType.STRING,
                    maxLength = 254))
            @QueryParam("q") String q,
                                 @BeanParam PageParameters page) {
        return members.list(scope(), new MemberFilter(role, q), page.toPageRequest());
    }

    @GET
    @Path("/{memberId}")
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(operationId = "getMember", summary = "One member: what a Location header names")
    public MemberView get(@PathParam("memberId") String memberId) {
        return members.get(scope(), memberId);
    }

    @PATCH
    @Path("/{memberId}")
    @RequiresPermission(Permissions.USERS_UPDATE)
    @Consumes({MediaType.APPLICATION_JSON, JsonBodyReader.MERGE_PATCH_JSON})
    @Operation(operationId = "updateMember",
            summary = "Change a member's role or metadata (merge patch); needs the old and the new role's "
                    + "permissions; the last Admin stays",
            description = "privateMetadata: the organization's Admins and the Super Admin only (403 for others)")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MemberFields.class)),
            @Content(mediaType = JsonBodyReader.MERGE_PATCH_JSON,
                    schema = @Schema(implementation = MemberFields.class))})
    @APIResponse(responseCode = "200", description = "The member with the new role",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "409", description = "The member is the organization's last Admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "No such role in this organization",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public MemberView update(@PathParam("memberId") String memberId, JsonObject patch) {
        return members.update(scope(), memberId, patch);
    }

    @DELETE
    @Path("/{memberId}")
    @RequiresPermission(Permissions.USERS_DELETE)
    @Operation(operationId = "removeMember",
            summary = "Remove a member (the user stays); its sessions lose this organization at once")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The member is the organization's last Admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response remove(@PathParam("memberId") String memberId) {
        members.remove(scope(), memberId);
        return Response.noContent().build();
    }
}
