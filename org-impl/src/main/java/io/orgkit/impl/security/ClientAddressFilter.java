package io.orgkit.impl.security;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the client's address for per-client throttling: the connection's peer as the runtime adapter tells it
 * ({@link PeerAddresses}; JAX-RS has no portable remote address). Behind a reverse proxy every request
 * seems to come from the proxy; with {@code org.http.trust-forwarded-for=true} the last address of
 * {@code X-Forwarded-For} (the one the nearest proxy saw; earlier ones are whatever the client claimed) is used
 * instead. Only turn it on behind a proxy that sets that header, or clients could choose their own address.
 */
@Provider
@PreMatching
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 200)
public class ClientAddressFilter implements ContainerRequestFilter {
    private static final Logger LOG = Logger.getLogger(ClientAddressFilter.class.getName());

    private ClientAddress client;
    private ClientUserAgent userAgent;
    private boolean trustForwardedFor;
    private PeerAddresses peers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public ClientAddressFilter() {
    }

    @Inject
    public ClientAddressFilter(ClientAddress client, ClientUserAgent userAgent,
                               @ConfigProperty(name = "org.http.trust-forwarded-for", defaultValue = "false")
                               boolean trustForwardedFor, Instance<PeerAddresses> peers) {
        this.client = client;
        this.userAgent = userAgent;
        this.trustForwardedFor = trustForwardedFor;
        if (peers.isResolvable()) {
            this.peers = peers.get();
        } else {
            LOG.warning("No PeerAddresses bean tells the client's address (the orgkit adapter of the runtime "
                    + "provides one): per-client limits treat every client as one");
            this.peers = request -> Optional.empty();
        }
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
            address = peers.of(request).orElse(null);
        }
        if (address != null && address.length() > 100) {
            address = address.substring(0, 100);
        }
        client.set(address);
        // Read in the same pass, for the same purpose: telling the user's sessions apart in their account.
        userAgent.set(request.getHeaderString("User-Agent"));
    }
}
