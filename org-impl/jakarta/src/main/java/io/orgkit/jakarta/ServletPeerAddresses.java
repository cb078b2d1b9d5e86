package io.orgkit.jakarta;

import java.util.Optional;

import io.orgkit.impl.security.PeerAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The client's address from the servlet request (the CDI bean every Jakarta EE runtime provides for the current
 * request).
 */
@ApplicationScoped
public class ServletPeerAddresses implements PeerAddresses {
    private HttpServletRequest request;

    /**
     * For the container's client proxy.
     */
    protected ServletPeerAddresses() {
    }

    @Inject
    public ServletPeerAddresses(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public Optional<String> of(ContainerRequestContext context) {
        return Optional.ofNullable(request.getRemoteAddr());
    }
}
