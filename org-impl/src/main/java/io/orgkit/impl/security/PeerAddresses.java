package io.orgkit.impl.security;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Where the runtime says a request came from. JAX-RS has no portable remote address, so each runtime adapter provides
 * one as a CDI bean (the Helidon adapter from Helidon's request, the Jakarta adapter from the servlet request); without
 * one every client shares one address, and a per-client throttle one bucket.
 */
public interface PeerAddresses {
    /**
     * @param request the request, before matching
     * @return the IP address (or host) of the connection's peer, or empty when the runtime does not tell
     */
    Optional<String> of(ContainerRequestContext request);
}
