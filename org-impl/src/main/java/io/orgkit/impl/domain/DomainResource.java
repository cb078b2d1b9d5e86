package io.orgkit.impl.domain;

import java.util.List;

import io.orgkit.api.domain.AddDomainRequest;
import io.orgkit.api.domain.DomainCodeRequest;
import io.orgkit.api.domain.DomainFields;
import io.orgkit.api.domain.DomainService;
import io.orgkit.api.domain.DomainView;
import io.orgkit.api.domain.VerifyDomainRequest;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.JsonBodyReader;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/domains}: the domains the caller's organization claims and verifies. Admins only.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Domains")
public class DomainResource extends BoundResource<DomainResource> {
    private static final String PROBLEM = "application/problem+json";

    private final DomainService domains;

    @Inject
    public DomainResource(DomainService domains) {
        this.domains = domains;
    }

    @GET
    @RolesAllowed(SystemRoles.ADMIN)
    @Operation(operationId = "listDomains", summary = "The organization's domains, oldest first (Admin)")
    @APIResponse(responseCode = "200", description = "Every domain, pending or verified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DomainView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = 1000)))
    public List<DomainView> list() {
        return domains.list(scope());
    }

    @POST
    @RolesAllowed(SystemRoles.ADMIN)
    @Operation(operationId = "addDomain", summary = "Claim a domain; it stays pending until verified (Admin)",
            description = "Public suffixes and free-mail domains are refused with 422.")
    @APIResponse(responseCode = "201", description = "Claimed; the answer names the TXT record that verifies it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DomainView.class)))
    @APIResponse(responseCode = "409", description = "Already claimed here, or verified by another organization",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "Not a domain name, a public suffix, a free-mail domain, or no "
            + "such role", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response add(AddDomainRequest request, @Context UriInfo uri) {
        DomainView added = domains.add(scope(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @GET
    @Path("/{domainId}")
    @RolesAllowed(SystemRoles.ADMIN)
    @Operation(operationId = "getDomain", summary = "One domain (Admin)")
    public DomainView get(@PathParam("domainId") String id) {
        return domains.get(scope(), id);
    }

    @PATCH
    @Path("/{domainId}")
    @RolesAllowed(SystemRoles.ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, JsonBodyReader.MERGE_PATCH_JSON})
    @Operation(operationId = "updateDomain", summary = "Change a domain's enrollment mode or default role (Admin)")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DomainFields.class)),
            @Content(mediaType = JsonBodyReader.MERGE_PATCH_JSON, schema = @Schema(implementation = DomainFields.class))})
    @APIResponse(responseCode = "200", description = "The domain after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DomainView.class)))
    @APIResponse(responseCode = "422", description = "No such role in this organization",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public DomainView update(@PathParam("domainId") String id, JsonObject patch) {
        return domains.update(scope(), id, patch);
    }

    @POST
    @Path("/{domainId}/code")
    @RolesAllowed(SystemRoles.ADMIN)
    @Operation(operationId = "sendDomainCode",
            summary = "Mail an 8-digit code, valid for an hour, to an address at the domain (Admin)")
    @APIResponse(responseCode = "202", description = "The email is queued")
    @APIResponse(responseCode = "409", description = "The domain is verified already",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public Response sendCode(@PathParam("domainId") String id, DomainCodeRequest request) {
        domains.sendCode(scope(), id, request);
        return Response.accepted().build();
    }

    @POST
    @Path("/{domainId}/verify")
    @RolesAllowed(SystemRoles.ADMIN)
    @Operation(operationId = "verifyDomain", summary = "Verify a domain by its DNS TXT record or the mailed code (Admin)")
    @APIResponse(responseCode = "200", description = "The verified domain",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DomainView.class)))
    @APIResponse(responseCode = "409", description = "Another organization has verified the domain",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "The TXT record is missing or wrong, or the code is wrong or "
            + "expired", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
    public DomainView verify(@PathParam("domainId") String id, VerifyDomainRequest request) {
        return domains.verify(scope(), id, request);
    }

    @DELETE
    @Path("/{domainId}")
    @RolesAllowed(SystemRoles.ADMIN)
    @Operation(operationId = "removeDomain", summary = "Give up a domain (Admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("domainId") String id) {
        domains.remove(scope(), id);
        return Response.noContent().build();
    }
}
