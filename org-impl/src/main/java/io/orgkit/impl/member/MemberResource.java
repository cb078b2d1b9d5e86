package io.orgkit.impl.member;

import io.orgkit.api.member.MemberFilter;
import io.orgkit.api.member.MemberService;
import io.orgkit.api.member.MemberView;
import io.orgkit.api.member.UpdateMemberRequest;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.impl.web.PageParameters;
import io.orgkit.impl.web.RequestBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/organizations/members}: members of the caller's organization, by session or API key.
 */
@Path("/api/organizations/members")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "People in the organization and the role each holds")
public class MemberResource {
    private final MemberService members;

    @Inject
    public MemberResource(MemberService members) {
        this.members = members;
    }

    @GET
    @RequiresPermission(Permissions.USERS_READ)
    @Operation(operationId = "listMembers",
            summary = "Members in the order they joined; ?role= (exact name, any case) and ?q= (email or name contains)")
    public Page<MemberView> list(@QueryParam("role") String role, @QueryParam("q") String q,
                                 @BeanParam PageParameters page) {
        return members.list(new MemberFilter(role, q), page.toPageRequest());
    }

    @PATCH
    @Path("/{memberId}")
    @RequiresPermission(Permissions.USERS_UPDATE)
    @Operation(operationId = "updateMember",
            summary = "Change a member's role; needs the old and the new role's permissions; the last Admin stays")
    public MemberView update(@PathParam("memberId") String memberId, UpdateMemberRequest request) {
        return members.update(memberId, RequestBodies.require(request));
    }

    @DELETE
    @Path("/{memberId}")
    @RequiresPermission(Permissions.USERS_DELETE)
    @Operation(operationId = "removeMember",
            summary = "Remove a member (the user stays); its sessions lose this organization at once")
    public Response remove(@PathParam("memberId") String memberId) {
        members.remove(memberId);
        return Response.noContent().build();
    }
}
