package io.orgkit.impl.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the client's address for per-client throttling. JAX-RS has no portable remote address, so this reads the
 * request property the runtime sets (Helidon: {@value #REMOTE_HOST_PROPERTY}). Behind a reverse proxy every request
 * seems to come from the proxy; with {@code org.http.trust-forwarded-for=true} the last address of
 * {@code X-Forwarded-For} (the one the nearest proxy saw; earlier ones are whatever the client claimed) is used
 * instead. Only turn it on behind a proxy that sets that header, or clients could choose their own address.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 200)
public class ClientAddressFilter implements ContainerRequestFilter {
    /** The request property Helidon's Jersey integration sets to the peer's host. */
    public static final String REMOTE_HOST_PROPERTY = "io.helidon.jaxrs.remote-host";

    private final ClientAddress client;
    private final boolean trustForwardedFor;

    @Inject
    public ClientAddressFilter(ClientAddress client,
                               @ConfigProperty(name = "org.http.trust-forwarded-for", defaultValue = "false")
                               boolean trustForwardedFor) {
        this.client = client;
        this.trustForwardedFor = trustForwardedFor;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String address = null;
        if (trustForwardedFor) {
            String forwarded = request.getHeaderString("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                address = hops[hops.length - 1].strip();
            }
        }
        if (address == null || address.isEmpty()) {
            Object remote = request.getProperty(REMOTE_HOST_PROPERTY);
            address = remote == null ? null : remote.toString();
        }
        if (address != null && address.length() > 100) {
            address = address.substring(0, 100);
        }
        client.set(address);
    }
}
