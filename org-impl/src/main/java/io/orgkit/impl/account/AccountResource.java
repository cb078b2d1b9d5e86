package io.orgkit.impl.account;

import io.orgkit.api.account.AccountOrganization;
import io.orgkit.api.account.AccountService;
import io.orgkit.api.account.ChangePasswordRequest;
import io.orgkit.api.account.CompletePasswordResetRequest;
import io.orgkit.api.account.PasswordResetRequest;
import io.orgkit.api.account.PasswordResetService;
import io.orgkit.api.account.UpdateProfileRequest;
import io.orgkit.api.auth.UserView;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * {@code /api/account}: the signed-in user's profile, password and organizations, and password reset by email for
 * whoever forgot theirs. Sessions and invitations of the account are under {@code /api/account/sessions} and
 * {@code /api/account/invitations}, served by their features.
 */
@Path("/api/account")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account", description = "The signed-in user's own account: profile, password, sessions, organizations, "
        + "invitations")
public class AccountResource {
    private AccountService accounts;
    private PasswordResetService resets;
    private CallerContext callers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public AccountResource() {
    }

    @Inject
    public AccountResource(AccountService accounts, PasswordResetService resets, CallerContext callers) {
        this.accounts = accounts;
        this.resets = resets;
        this.callers = callers;
    }

    @GET
    @RequiresSession
    @Operation(operationId = "getMyProfile", summary = "My user: id, email, name, Super Admin flag, creation")
    public UserView profile() {
        return accounts.profile(callers.require().actor());
    }

    @PATCH
    @RequiresSession
    @Operation(operationId = "updateMyProfile", summary = "Change my display name (the email is not changed here)")
    @APIResponse(responseCode = "200", description = "My user, renamed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    public UserView updateProfile(UpdateProfileRequest request) {
        return accounts.updateProfile(callers.require().actor(), request);
    }

    @PUT
    @Path("/password")
    @RequiresSession
    @Operation(operationId = "changeMyPassword",
            summary = "Change my password with the current one; every other session of mine ends")
    @APIResponse(responseCode = "204", description = "Changed; the calling session stays, the others have ended")
    @APIResponse(responseCode = "429", description = "Too many wrong current passwords lately; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response changePassword(ChangePasswordRequest request) {
        accounts.changePassword(callers.require().actor(), request);
        return Response.noContent().build();
    }

    @GET
    @Path("/organizations")
    @RequiresSession
    @Operation(operationId = "listMyOrganizations",
            summary = "The organizations I belong to, with my role, oldest membership first (one page); the active "
                    + "one marked",
            description = "A session switches with PUT /api/auth/session/organization; an identity provider's token "
                    + "names its organization in a header or a claim (see the identity documentation).")
    public Page<AccountOrganization> organizations() {
        Caller caller = callers.require();
        return accounts.organizations(caller.actor(), caller.organizationId());
    }

    @DELETE
    @Path("/organizations/{organizationId}")
    @RequiresSession
    @Operation(operationId = "leaveOrganization",
            summary = "Leave an organization: my sessions lose it and my API keys in it are revoked")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "409", description = "I am the organization's last Admin",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response leave(@PathParam("organizationId") String organizationId) {
        accounts.leave(callers.require().actor(), organizationId);
        return Response.noContent().build();
    }

    @POST
    @Path("/password-reset")
    @PermitAll
    @Operation(operationId = "requestPasswordReset",
            summary = "Email a single-use reset link to an account's email; the same answer for an email without one")
    @APIResponse(responseCode = "202", description = "If the email has an account, a reset link is on its way")
    @APIResponse(responseCode = "403", description = "Passwords are switched off on this server",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many resets asked from this client or for this email; see "
            + "Retry-After", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response requestReset(PasswordResetRequest request) {
        resets.request(request);
        return Response.accepted().build();
    }

    @POST
    @Path("/password-reset/complete")
    @PermitAll
    @Operation(operationId = "completePasswordReset",
            summary = "Set a new password with the emailed token; every session of the account ends")
    @APIResponse(responseCode = "204", description = "The password is changed; log in with it")
    @APIResponse(responseCode = "403", description = "Passwords are switched off on this server",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = "The token was used, replaced or has expired",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many unknown tokens from this client; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response completeReset(CompletePasswordResetRequest request) {
        resets.complete(request);
        return Response.noContent().build();
    }
}
