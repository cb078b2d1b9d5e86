package io.orgkit.impl.invitation;

import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.invitation.AcceptInvitationRequest;
import io.orgkit.api.invitation.AcceptedInvitation;
import io.orgkit.api.invitation.InvitationLookup;
import io.orgkit.api.invitation.InvitationService;
import io.orgkit.api.invitation.InvitationTokenRequest;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.security.SessionCookies;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/invitations}: the recipient's side. The token is the credential; a session is recognised when present
 * (an existing user accepts with its own session).
 */
@Path("/api/invitations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invitations", description = "Invite by email, re-send, revoke; look up and accept with the emailed token")
public class InvitationRecipientResource {
    private InvitationService invitations;
    private SessionCookies cookies;
    private CallerContext callers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public InvitationRecipientResource() {
    }

    @Inject
    public InvitationRecipientResource(InvitationService invitations, SessionCookies cookies, CallerContext callers) {
        this.invitations = invitations;
        this.cookies = cookies;
        this.callers = callers;
    }

    @POST
    @Path("/lookup")
    @PermitAll
    @Operation(operationId = "lookupInvitation",
            summary = "What a token invites to: organization, email, role, expiry, inviter")
    @APIResponse(responseCode = "200", description = "What the invitation is for",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationLookup.class)))
    @APIResponse(responseCode = "410", description = "Expired, revoked, replaced or used",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many unknown tokens from this client; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public InvitationLookup lookup(InvitationTokenRequest request) {
        return invitations.lookup(request);
    }

    @POST
    @Path("/accept")
    @PermitAll
    @Operation(operationId = "acceptInvitation",
            summary = "Join with the invitation's role: an existing user with its session, a new one with name and "
                    + "password (the answer then carries a new session and sets the org_session cookie)")
    @APIResponse(responseCode = "200", description = "The membership; for a new user also a session (and its cookie)",
            headers = @Header(name = "Set-Cookie", description = "org_session, for a new user only",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptedInvitation.class)))
    @APIResponse(responseCode = "410", description = "Expired, revoked, replaced or used",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many unknown tokens from this client; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "401", description = "The invited email belongs to a user: log in as that user first",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "The calling session is another user's",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response accept(AcceptInvitationRequest request) {
        AcceptedInvitation accepted;
        try {
            accepted = invitations.accept(request, callers.current().map(Caller::actor).orElse(null));
        } catch (AuthenticationRequiredException e) {
            // Credentials that were presented but refused say more than "log in": the client sent a bad session.
            throw callers.refusal().orElse(e);
        }
        Response.ResponseBuilder response = Response.ok(accepted);
        if (accepted.token() != null) {
            response.cookie(cookies.issue(accepted.token(), accepted.expiresAt()));
        }
        return response.build();
    }
}
