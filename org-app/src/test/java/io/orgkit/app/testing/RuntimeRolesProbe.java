package io.orgkit.app.testing;

import io.orgkit.api.permission.SystemRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A host application's endpoint guarded by {@code @RolesAllowed} alone: the module leaves it to the runtime's
 * security, so it shows whether the runtime enforces roles at all.
 */
@Path("/test-runtime-roles")
@ApplicationScoped
public class RuntimeRolesProbe {
    @GET
    @RolesAllowed(SystemRoles.ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    public String admin() {
        return "{\"ok\":true}";
    }
}
