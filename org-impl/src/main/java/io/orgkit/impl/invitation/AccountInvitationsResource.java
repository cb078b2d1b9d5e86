package io.orgkit.impl.invitation;

import io.orgkit.api.invitation.InvitationService;
import io.orgkit.api.invitation.PendingInvitation;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.impl.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/account/invitations}: the invitations waiting for the signed-in user's email, across organizations.
 */
@Path("/api/account/invitations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresSession
@Tag(name = "Account", description = "The signed-in user's own account: profile, password, sessions, organizations, "
        + "invitations")
public class AccountInvitationsResource {
    private InvitationService invitations;
    private CallerContext callers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public AccountInvitationsResource() {
    }

    @Inject
    public AccountInvitationsResource(InvitationService invitations, CallerContext callers) {
        this.invitations = invitations;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listMyInvitations",
            summary = "Pending invitations to my email, in every organization, oldest first (one page)",
            description = "Accept one with the token of its email (POST /api/invitations/accept).")
    public Page<PendingInvitation> list() {
        return invitations.pendingFor(callers.require().actor());
    }

    @DELETE
    @Path("/{invitationId}")
    @Operation(operationId = "declineMyInvitation",
            summary = "Decline a pending invitation to my email: it stops working, and the organization sees it "
                    + "declined")
    @APIResponse(responseCode = "204", description = "Declined")
    public Response decline(@PathParam("invitationId") String invitationId) {
        invitations.decline(callers.require().actor(), invitationId);
        return Response.noContent().build();
    }
}
