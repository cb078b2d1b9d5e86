package io.orgkit.impl.invitation;

import io.orgkit.api.invitation.BulkInvitationRequest;
import io.orgkit.api.invitation.BulkInvitationResponse;
import io.orgkit.api.invitation.CreateInvitationRequest;
import io.orgkit.api.invitation.InvitationService;
import io.orgkit.api.invitation.InvitationView;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.PageParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The invitations of one organization: the caller's own at {@code /api/organizations/invitations}, any at
 * {@code /api/organizations/{id}/invitations} for the Super Admin console.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Invite by email, re-send, revoke; look up and accept with the emailed token")
public class InvitationsResource extends BoundResource<InvitationsResource> {
    private final InvitationService invitations;

    @Inject
    public InvitationsResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GET
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(operationId = "listInvitations",
            summary = "The organization's invitations, oldest first; ?status=pending|accepted|revoked|declined|expired")
    public Page<InvitationView> list(
            @Parameter(description = "Only invitations in this status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"pending", "accepted", "revoked", "declined", "expired"}))
            @QueryParam("status") String status, @BeanParam PageParameters page) {
        return invitations.list(scope(), status, page.toPageRequest());
    }

    @POST
    @RequiresPermission(Permissions.USERS_INVITE)
    @Operation(operationId = "createInvitation",
            summary = "Invite an email with a role (default Member) within your own permissions; the email is sent, "
                    + "or with sendEmail false (invitations.link) the answer carries the accept link")
    @APIResponse(responseCode = "201", description = "Invited; the email is queued in the same transaction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "Already a member, already invited, or the organization's member "
            + "limit is reached (members and pending invitations count)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "No such role in this organization, or the redirect URL is not "
            + "on the redirect allow-list",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "The inviter's or the organization's quota of invitation emails "
            + "is used up for now; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(CreateInvitationRequest request, @Context UriInfo uri) {
        InvitationView created = invitations.create(scope(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @RequiresPermission(Permissions.USERS_INVITE)
    @Operation(operationId = "createInvitations",
            summary = "Invite up to 100 emails at once, each as a single invitation would be, with a result per entry")
    @APIResponse(responseCode = "200", description = "One result per entry, in the request's order: created, "
            + "already_member, pending, invalid, forbidden, quota_exceeded or member_limit; each entry is its own "
            + "transaction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BulkInvitationResponse.class)))
    @APIResponse(responseCode = "400", description = "No list, an empty one, more than 100 entries or a null entry: "
            + "nothing is invited",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public BulkInvitationResponse createAll(BulkInvitationRequest request) {
        return invitations.createAll(scope(), request);
    }

    @GET
    @Path("/{invitationId}")
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(operationId = "getInvitation", summary = "One invitation, in any status: what a Location header names")
    public InvitationView get(@PathParam("invitationId") String id) {
        return invitations.get(scope(), id);
    }

    @POST
    @Path("/{invitationId}")
    @RequiresPermission(Permissions.USERS_INVITE)
    @Operation(operationId = "resendInvitation",
            summary = "Re-send: a new token (the old one stops working), a fresh expiry, the email again")
    @APIResponse(responseCode = "200", description = "Re-sent with a new token and a fresh expiry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", description = "Not pending",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Re-sent too recently, or the inviter's or the organization's "
            + "quota of invitation emails is used up for now; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public InvitationView resend(@PathParam("invitationId") String id) {
        return invitations.resend(scope(), id);
    }

    @DELETE
    @Path("/{invitationId}")
    @RequiresPermission(Permissions.USERS_INVITE)
    @Operation(operationId = "revokeInvitation", summary = "Revoke a pending invitation; its unsent email is cancelled")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "409", description = "Not pending",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response revoke(@PathParam("invitationId") String id) {
        invitations.revoke(scope(), id);
        return Response.noContent().build();
    }
}
