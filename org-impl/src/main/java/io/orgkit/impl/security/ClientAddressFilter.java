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
 * Finds the client's address for per-client throttling and the audit log (with the request's {@code User-Agent} and
 * id, see {@link CurrentRequest}): the connection's peer as the runtime adapter tells it
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
    private CurrentRequest current;
    private boolean trustForwardedFor;
    private PeerAddresses peers;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public ClientAddressFilter() {
    }

    @Inject
    public ClientAddressFilter(ClientAddress client, CurrentRequest current,
                               @ConfigProperty(name = "org.http.trust-forwarded-for", defaultValue = "false")
                               boolean trustForwardedFor, Instance<PeerAddresses> peers) {
        this.client = client;
        this.current = current;
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
        client.set(addressOf(trustForwardedFor, request.getHeaderString("X-Forwarded-For"),
                peers.of(request).orElse(null)));
        current.set(request.getHeaderString("User-Agent"), request.getHeaderString("X-Request-Id"));
    }

    /**
     * The rule above, for a runtime adapter that needs the client's address before JAX-RS runs (the Helidon server's
     * per-client limit in its routing), so that both find the same address.
     *
     * @param trustForwardedFor whether {@code X-Forwarded-For} is to be believed ({@code org.http.trust-forwarded-for})
     * @param forwardedFor      the request's {@code X-Forwarded-For}, or {@code null}
     * @param peer              the connection's peer address, or {@code null} when the runtime does not tell
     * @return the client's address, at most 100 characters, or {@code null} when neither source gives one
     */
    public static String addressOf(boolean trustForwardedFor, String forwardedFor, String peer) {
        String address = null;
        if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            address = hops[hops.length - 1].strip();
        }
        if (address == null || address.isEmpty()) {
            address = peer;
        }
        if (address != null && address.length() > 100) {
            address = address.substring(0, 100);
        }
        return address;
    }
}
