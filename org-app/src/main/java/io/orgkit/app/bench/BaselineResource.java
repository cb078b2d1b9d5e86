package io.orgkit.app.bench;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's yardstick: a JAX-RS endpoint in the same server that answers constant JSON the size of an
 * organization, with no authentication and no database. Off unless {@code org.bench.enabled=true}.
 */
@Path("/bench/baseline")
@ApplicationScoped
public class BaselineResource {
    private static final String BODY = "{\"id\":\"0190a3c2-5b1e-7c3d-9f00-000000000001\",\"name\":\"Baseline Organization\","
            + "\"logo\":null,\"timezone\":\"UTC\",\"createdAt\":\"2026-11-28T18:13:38Z\","
            + "\"updatedAt\":\"2026-11-28T18:13:38Z\"}";

    private boolean enabled;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public BaselineResource() {
    }

    @Inject
    public BaselineResource(@ConfigProperty(name = "org.bench.enabled", defaultValue = "false") boolean enabled) {
        this.enabled = enabled;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String baseline() {
        if (!enabled) {
            throw new NotFoundException();
        }
        return BODY;
    }
}
