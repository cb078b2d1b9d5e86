package io.orgkit.impl.auth;

import io.orgkit.api.auth.LoginRequest;
import io.orgkit.api.auth.LoginResponse;
import io.orgkit.api.auth.SessionService;
import io.orgkit.api.auth.SessionView;
import io.orgkit.api.auth.SwitchOrganizationRequest;
import io.orgkit.api.auth.SwitchedSession;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.impl.security.CallerContext;
import io.orgkit.impl.security.SessionCookies;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * {@code /api/auth}: logging in and out, and the session.
 */
@Path("/api/auth")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Log in and out; the current session")
public class AuthResource {
    private SessionService sessions;
    private SessionCookies cookies;
    private CallerContext callers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public AuthResource() {
    }

    @Inject
    public AuthResource(SessionService sessions, SessionCookies cookies, CallerContext callers) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.callers = callers;
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "login", summary = "Log in with email and password; sets the org_session cookie")
    @APIResponse(responseCode = "200", description = "The new session; the token is also set as the org_session cookie",
            headers = @Header(name = "Set-Cookie", description = "org_session: HttpOnly, SameSite=Strict, Path=/",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password (the same answer for both)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "403", description = "Passwords are switched off on this server "
            + "(org.auth.passwords.enabled=false): sign in with the identity provider",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "429", description = "Too many failed logins for this email from this client, or from "
            + "this client for any email; see Retry-After",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response login(LoginRequest request) {
        LoginResponse login = sessions.login(request);
        return Response.ok(login).cookie(cookies.issue(login.token(), login.expiresAt())).build();
    }

    @GET
    @Path("/session")
    @RequiresSession
    @Operation(operationId = "getSession", summary = "The calling session: user, active organization, memberships")
    public SessionView session() {
        return sessions.current(callers.require().actor());
    }

    @PUT
    @Path("/session/organization")
    @RequiresSession
    @Operation(operationId = "switchOrganization", summary = "Make another of the user's organizations the active one",
            description = "Ends the calling session and answers a new one with a new token (also set as the "
                    + "org_session cookie), active in the chosen organization, until the same absolute expiry.")
    @APIResponse(responseCode = "200", description = "The new session; the old token no longer works",
            headers = @Header(name = "Set-Cookie", description = "org_session, the new token: HttpOnly, SameSite=Strict, "
                    + "Path=/", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SwitchedSession.class)))
    public Response switchOrganization(SwitchOrganizationRequest request) {
        SwitchedSession switched = sessions.switchOrganization(callers.require().actor(), request);
        return Response.ok(switched).cookie(cookies.issue(switched.token(), switched.expiresAt())).build();
    }

    @POST
    @Path("/logout")
    @RequiresSession
    @Operation(operationId = "logout", summary = "End the calling session at once")
    @APIResponse(responseCode = "204", description = "The session has ended; the cookie is cleared",
            headers = @Header(name = "Set-Cookie", description = "org_session, expired",
                    schema = @Schema(type = SchemaType.STRING)))
    public Response logout() {
        sessions.logout(callers.require().actor());
        return Response.noContent().cookie(cookies.clear()).build();
    }
}
