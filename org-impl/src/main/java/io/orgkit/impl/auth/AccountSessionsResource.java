package io.orgkit.impl.auth;

import io.orgkit.api.auth.SessionService;
import io.orgkit.api.auth.SessionSummary;
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
 * {@code /api/account/sessions}: the signed-in user's sessions, to see where they are signed in and end what they do not
 * recognise.
 */
@Path("/api/account/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresSession
@Tag(name = "Account", description = "The signed-in user's own account: profile, password, sessions, organizations, "
        + "invitations")
public class AccountSessionsResource {
    private SessionService sessions;
    private CallerContext callers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public AccountSessionsResource() {
    }

    @Inject
    public AccountSessionsResource(SessionService sessions, CallerContext callers) {
        this.sessions = sessions;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listMySessions",
            summary = "My live sessions, newest first (one page): created, last seen, expiry, user agent, the calling "
                    + "one marked current")
    public Page<SessionSummary> list() {
        return sessions.sessions(callers.require().actor());
    }

    @DELETE
    @Operation(operationId = "endMyOtherSessions",
            summary = "End every session of mine except the calling one (every one, called with an identity "
                    + "provider's token)")
    @APIResponse(responseCode = "204", description = "Ended; their tokens no longer work")
    public Response endOthers() {
        sessions.endOtherSessions(callers.require().actor());
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{sessionId}")
    @Operation(operationId = "endMySession", summary = "End one of my sessions (the calling one too: a logout)")
    @APIResponse(responseCode = "204", description = "Ended; its token no longer works")
    public Response end(@PathParam("sessionId") String sessionId) {
        sessions.endSession(callers.require().actor(), sessionId);
        return Response.noContent().build();
    }
}
