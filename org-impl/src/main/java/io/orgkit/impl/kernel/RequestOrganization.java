package io.orgkit.impl.kernel;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The organization a request acts on, as the statement that established the request's scope read it: the caller's
 * own organization, read by the statement that authenticated the session or API key, or the organization a Super
 * Admin's console path names, read by the scope's check that it exists. Reading that organization again in the same
 * request ({@code GET /api/organizations/me}, {@code GET /api/organizations/{id}}) then costs no further round trip to
 * the database.
 *
 * <p>It holds what a second statement a moment later would have read: both are a committed state seen during the
 * request, and neither locks anything. Writes never use it: they read and lock the row in their transaction. Outside a
 * request (a runtime adapter authenticating a metrics scrape) nothing is kept.
 */
@ApplicationScoped
public class RequestOrganization {
    private Held held;

    /**
     * For the container's client proxy.
     */
    protected RequestOrganization() {
    }

    @Inject
    public RequestOrganization(Held held) {
        this.held = held;
    }

    /**
     * @param organization the organization the statement read, or {@code null} for none (a session without an active
     *                     organization): whatever was kept before is forgotten
     */
    public void remember(OrganizationEntity organization) {
        try {
            held.set(organization);
        } catch (ContextNotActiveException e) {
            // Outside a request: nothing to keep it for.
        }
    }

    /**
     * @param organizationId an organization
     * @return that organization as this request read it for its scope; empty when it read another one or none
     */
    public Optional<OrganizationEntity> recall(String organizationId) {
        OrganizationEntity organization;
        try {
            organization = held.get();
        } catch (ContextNotActiveException e) {
            return Optional.empty();
        }
        return organization != null && organization.id().equals(organizationId) ? Optional.of(organization)
                : Optional.empty();
    }

    /**
     * What one request keeps (through methods: the injected reference is the container's proxy, whose own fields are
     * not the request's).
     */
    @RequestScoped
    public static class Held {
        private OrganizationEntity organization;

        public OrganizationEntity get() {
            return organization;
        }

        public void set(OrganizationEntity organization) {
            this.organization = organization;
        }
    }
}
