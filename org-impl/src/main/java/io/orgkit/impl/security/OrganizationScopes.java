package io.orgkit.impl.security;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.PermissionRegistry;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where an organization-level operation acts: the explicit scope the resources hand to the services.
 */
@ApplicationScoped
public class OrganizationScopes {
    private CallerContext callers;
    private JpaOrganizationStore organizations;
    private PermissionRegistry catalog;

    /**
     * For the container's client proxy.
     */
    protected OrganizationScopes() {
    }

    @Inject
    public OrganizationScopes(CallerContext callers, JpaOrganizationStore organizations, PermissionRegistry catalog) {
        this.callers = callers;
        this.organizations = organizations;
        this.catalog = catalog;
    }

    /**
     * @return the caller's active organization, with the role and permissions the caller holds there
     * @throws io.orgkit.api.error.AuthenticationRequiredException without valid credentials
     * @throws ResourceNotFoundException                           for a session without an active organization
     */
    public OrganizationScope current() {
        return callers.require().requireScope();
    }

    /**
     * The Super Admin console's scope of an organization named in a path: the Super Admin acts there with every
     * permission of the catalog (and no role), by platform right.
     *
     * @param organizationId the id from the path
     * @return the scope
     * @throws AccessDeniedException     if the caller is not a Super Admin's session (the routes declare this gate too;
     *                                   it is checked again here because the scope grants everything)
     * @throws ResourceNotFoundException if there is no such organization
     */
    @ReadWithoutTransaction
    public OrganizationScope console(String organizationId) {
        Caller caller = callers.require();
        if (!caller.actor().superAdmin() || !caller.actor().isUser()) {
            throw new AccessDeniedException("Only a Super Admin's session may act on any organization");
        }
        // Read whole, not only checked: the request's read of it (GET /api/organizations/{id}) then takes this one.
        String id = Ids.parse(organizationId).flatMap(organizations::findForScope).map(OrganizationEntity::id)
                .orElseThrow(() -> new ResourceNotFoundException("No organization " + organizationId));
        return new OrganizationScope(id, caller.actor(), null, catalog.names());
    }
}
