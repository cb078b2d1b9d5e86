package io.orgkit.helidon;

import java.util.Optional;

import io.orgkit.impl.security.PeerAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The client's address as Helidon's Jersey integration records it on each request.
 */
@ApplicationScoped
public class HelidonPeerAddresses implements PeerAddresses {
    /** The request property Helidon's Jersey integration sets to the peer's host. */
    static final String REMOTE_HOST_PROPERTY = "io.helidon.jaxrs.remote-host";

    @Override
    public Optional<String> of(ContainerRequestContext request) {
        Object remote = request.getProperty(REMOTE_HOST_PROPERTY);
        return remote == null ? Optional.empty() : Optional.of(remote.toString());
    }
}
