package io.orgkit.app.testing;

import io.orgkit.api.permission.RequiresMembership;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.permission.RequiresSession;
import io.orgkit.api.permission.SystemRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A host application's own resource, as a user of the module would write it: each gate of the module exercised on
 * its own endpoint, including a permission the host registers itself ({@link ProjectPermissions}).
 */
@Path("/test-probe")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {
    @GET
    @Path("/public")
    @PermitAll
    public String open() {
        return "{\"ok\":true}";
    }

    /** A host endpoint that takes its time, as a slow report would: it keeps a request in progress. */
    @GET
    @Path("/slow")
    @PermitAll
    public String slow(@QueryParam("millis") long millis) throws InterruptedException {
        Thread.sleep(Math.min(millis, 5_000));
        return "{\"ok\":true}";
    }

    @GET
    @Path("/users-read")
    @RequiresPermission("users.read")
    public String usersRead() {
        return "{\"ok\":true}";
    }

    @POST
    @Path("/projects")
    @RequiresPermission(ProjectPermissions.PROJECTS_WRITE)
    public String writeProject() {
        return "{\"ok\":true}";
    }

    @GET
    @Path("/admin")
    @RolesAllowed(SystemRoles.ADMIN)
    public String admin() {
        return "{\"ok\":true}";
    }

    @GET
    @Path("/super")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    public String superAdmin() {
        return "{\"ok\":true}";
    }

    @GET
    @Path("/member")
    @RequiresMembership
    public String member() {
        return "{\"ok\":true}";
    }
}
