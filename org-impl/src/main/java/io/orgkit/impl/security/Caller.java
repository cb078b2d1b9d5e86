package io.orgkit.impl.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.orgkit.api.error.OrganizationSuspendedException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;

/**
 * Who is calling, resolved once per request from the credentials it presents.
 *
 * @param actor          who acts; never {@code null}
 * @param organizationId the active organization (a session's, or the API key's), or {@code null} for a session with
 *                       none
 * @param role           the role held in that organization, or {@code null} without one
 * @param permissions    the effective permissions of that role (empty without an organization)
 * @param suspended      whether that organization is suspended: then the caller may do nothing in it
 */
public record Caller(Actor actor, String organizationId, String role, Set<String> permissions, boolean suspended) {

    /**
     * A caller whose organization (if any) is not suspended.
     */
    public Caller(Actor actor, String organizationId, String role, Set<String> permissions) {
        this(actor, organizationId, role, permissions, false);
    }

    /**
     * Copies the permissions.
     */
    public Caller {
        Objects.requireNonNull(actor, "actor");
        permissions = Set.copyOf(permissions);
    }

    /**
     * @return the caller's own organization as a scope, if it has an active one that is not suspended
     */
    public Optional<OrganizationScope> scope() {
        return organizationId == null || suspended ? Optional.empty()
                : Optional.of(new OrganizationScope(organizationId, actor, role, permissions));
    }

    /**
     * @return the caller's own organization as a scope: what the {@code /me} routes act on
     * @throws ResourceNotFoundException       if the caller is a session without an active organization
     * @throws OrganizationSuspendedException if that organization is suspended
     */
    public OrganizationScope requireScope() {
        if (suspended && organizationId != null) {
            throw new OrganizationSuspendedException("The organization is suspended: its members and API keys can do "
                    + "nothing in it until a Super Admin resumes it");
        }
        return scope().orElseThrow(() -> new ResourceNotFoundException("The session has no active organization: "
                + "choose one with PUT /api/auth/session/organization"));
    }
}
