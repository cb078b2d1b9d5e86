package io.orgkit.impl.routing;

import io.orgkit.api.permission.RequiresSession;
import io.orgkit.api.permission.SystemRoles;
import io.orgkit.impl.apikey.ApiKeyResource;
import io.orgkit.impl.audit.AuditEventsResource;
import io.orgkit.impl.domain.DomainResource;
import io.orgkit.impl.invitation.InvitationsResource;
import io.orgkit.impl.member.MemberResource;
import io.orgkit.impl.organization.CurrentOrganizationResource;
import io.orgkit.impl.organization.OrganizationConsoleResource;
import io.orgkit.impl.role.RoleResource;
import io.orgkit.impl.security.BoundScope;
import io.orgkit.impl.webhook.WebhooksResource;
import io.orgkit.impl.security.OrganizationScopes;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /api/organizations}: where each feature's resources hang in the URL tree. The features stand side by side and
 * never import each other; this composition root is the one place that knows them all.
 *
 * <p>Each organization-level resource serves two routes with one class, bound to the organization it acts on: the
 * caller's active organization ({@code /api/organizations/members}, found out when the resource's gate asks), or, for
 * the Super Admin console, the organization named in the path ({@code /api/organizations/{id}/members}). The
 * console's locators declare the console's gate (a Super Admin's session), checked before the scope is even built;
 * the other locators declare none of their own: the methods they lead to do. {@code {id}} accepts only
 * UUID-shaped segments, so literal segments ({@code me}, {@code members}, …) never reach it.
 *
 * <p>Request-scoped because of what the locators return: each is a dependent bean taken from an {@code Instance}, and
 * CDI keeps such an instance (with its interceptor chain and bound organization) until the bean that took it is
 * destroyed. Taken by an application-scoped bean, every request's resource would stay in the heap until the server
 * stops; taken by this one, it goes with the request ({@code RequestInstancesTest}).
 */
@Path("/api/organizations")
@RequestScoped
public class OrganizationRoutes {
    private static final String ID = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    private OrganizationScopes scopes;
    private Instance<OrganizationConsoleResource> console;
    private Instance<CurrentOrganizationResource> current;
    private Instance<MemberResource> members;
    private Instance<RoleResource> roles;
    private Instance<InvitationsResource> invitations;
    private Instance<ApiKeyResource> apiKeys;
    private Instance<AuditEventsResource> auditEvents;
    private Instance<WebhooksResource> webhooks;
    private Instance<DomainResource> domains;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public OrganizationRoutes() {
    }

    @Inject
    public OrganizationRoutes(OrganizationScopes scopes, Instance<OrganizationConsoleResource> console,
                              Instance<CurrentOrganizationResource> current, Instance<MemberResource> members,
                              Instance<RoleResource> roles, Instance<InvitationsResource> invitations,
                              Instance<ApiKeyResource> apiKeys, Instance<AuditEventsResource> auditEvents,
                              Instance<WebhooksResource> webhooks, Instance<DomainResource> domains) {
        this.domains = domains;
        this.scopes = scopes;
        this.console = console;
        this.current = current;
        this.members = members;
        this.roles = roles;
        this.invitations = invitations;
        this.apiKeys = apiKeys;
        this.auditEvents = auditEvents;
        this.webhooks = webhooks;
    }

    /**
     * @return the Super Admin console over every organization (its methods declare their gates)
     */
    @Path("/")
    @PermitAll
    public OrganizationConsoleResource console() {
        return console.get();
    }

    /**
     * @return the caller's active organization
     */
    @Path("me")
    public CurrentOrganizationResource me() {
        return current.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @return the members of the caller's active organization
     */
    @Path("members")
    public MemberResource members() {
        return members.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @return the roles of the caller's active organization
     */
    @Path("roles")
    public RoleResource roles() {
        return roles.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @return the invitations of the caller's active organization
     */
    @Path("invitations")
    public InvitationsResource invitations() {
        return invitations.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @return the API keys of the caller's active organization
     */
    @Path("api-keys")
    public ApiKeyResource apiKeys() {
        return apiKeys.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @return the audit log of the caller's active organization
     */
    @Path("audit-events")
    public AuditEventsResource auditEvents() {
        return auditEvents.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @return the webhooks of the caller's active organization
     */
    @Path("webhooks")
    public WebhooksResource webhooks() {
        return webhooks.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @param id the organization
     * @return its audit log, for the Super Admin console
     */
    @Path(ID + "/audit-events")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    public AuditEventsResource auditEventsOf(@Parameter(description = "The organization's id") @PathParam("id") String id) {
        return auditEvents.get().bind(BoundScope.of(scopes.console(id)));
    }

    /**
     * @return the domains of the caller's active organization
     */
    @Path("domains")
    public DomainResource domains() {
        return domains.get().bind(BoundScope.lazily(scopes::current));
    }

    /**
     * @param id the organization
     * @return its members, for the Super Admin console
     */
    @Path(ID + "/members")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    public MemberResource membersOf(@Parameter(description = "The organization's id") @PathParam("id") String id) {
        return members.get().bind(BoundScope.of(scopes.console(id)));
    }

    /**
     * @param id the organization
     * @return its roles, for the Super Admin console
     */
    @Path(ID + "/roles")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    public RoleResource rolesOf(@Parameter(description = "The organization's id") @PathParam("id") String id) {
        return roles.get().bind(BoundScope.of(scopes.console(id)));
    }

    /**
     * @param id the organization
     * @return its invitations, for the Super Admin console
     */
    @Path(ID + "/invitations")
    @RolesAllowed(SystemRoles.SUPER_ADMIN)
    @RequiresSession
    public InvitationsResource invitationsOf(@Parameter(description = "The organization's id") @PathParam("id") String id) {
        return invitations.get().bind(BoundScope.of(scopes.console(id)));
    }
}
