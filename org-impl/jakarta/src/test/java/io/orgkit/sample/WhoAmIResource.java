package io.orgkit.sample;

import io.orgkit.api.permission.RequiresMembership;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A host application's own endpoint, gated by the module's annotation, that asks the runtime (not the module) who
 * calls: what the Jakarta adapter's authentication mechanism told the runtime.
 */
@Path("/sample/whoami")
@RequestScoped
public class WhoAmIResource {
    @Context
    SecurityContext security;

    @GET
    @RequiresMembership
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject whoAmI() {
        return Json.createObjectBuilder()
                .add("name", security.getUserPrincipal() == null ? "" : security.getUserPrincipal().getName())
                .add("admin", security.isUserInRole("Admin"))
                .add("superAdmin", security.isUserInRole("Super Admin"))
                .build();
    }
}
