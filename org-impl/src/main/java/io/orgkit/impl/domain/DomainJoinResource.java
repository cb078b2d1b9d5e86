package io.orgkit.impl.domain;

import io.orgkit.api.domain.DomainJoinResult;
import io.orgkit.api.domain.DomainService;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.impl.security.CallerContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/domains/join/{organizationId}}: a user joins an organization through the verified domain of its email.
 */
@Path("/api/domains")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Domains")
public class DomainJoinResource {
    private static final String ID = "{organizationId: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    private DomainService domains;
    private CallerContext callers;

    /**
     * For the container.
     */
    public DomainJoinResource() {
    }

    @Inject
    public DomainJoinResource(DomainService domains, CallerContext callers) {
        this.domains = domains;
        this.callers = callers;
    }

    @POST
    @Path("join/" + ID)
    @RequiresSession
    @Operation(operationId = "joinByDomain", summary = "Join an organization through the verified domain of your email",
            description = "For a user whose email is verified (it accepted an invitation sent to it) at a domain the "
                    + "organization has verified: mode join makes it a member with the domain's default role, mode "
                    + "invitation emails it an invitation. Other memberships stay as they are.")
    @APIResponse(responseCode = "200", description = "Joined, or invited",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DomainJoinResult.class)))
    @APIResponse(responseCode = "404", description = "No verified domain of your email open to joining",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Already a member or invited, or the member limit is reached",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public DomainJoinResult join(@PathParam("organizationId") String organizationId) {
        return new DomainJoinResult(domains.join(callers.require().actor(),
                organizationId.toLowerCase(java.util.Locale.ROOT)));
    }
}
