package io.orgkit.api.scope;

import java.util.Objects;
import java.util.Set;

/**
 * The organization an operation acts on, and with which rights: every organization-level service method takes one, so
 * services never find out for themselves whose request they serve.
 *
 * <p>For the {@code /api/organizations/me…} routes it is the caller's active organization, with the role the caller
 * holds there; for the Super Admin console ({@code /api/organizations/{id}…}) it is the organization named in the path,
 * with every permission of the catalog. A host application builds its own for work of its own, for example
 * {@code new OrganizationScope(id, Actor.system("nightly-sync"), null, Set.of("users.read"))}.
 *
 * @param organizationId the organization's id; never {@code null}
 * @param actor          who acts; never {@code null}
 * @param role           the role the actor holds in the organization, or {@code null} when it acts by platform right
 *                       (a Super Admin in the console, a system actor)
 * @param permissions    the effective permissions the actor holds there; never {@code null}; copied
 */
public record OrganizationScope(String organizationId, Actor actor, String role, Set<String> permissions) {

    /**
     * Checks the required parts and copies the permissions.
     *
     * @throws NullPointerException if {@code organizationId}, {@code actor} or {@code permissions} is {@code null}
     */
    public OrganizationScope {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(actor, "actor");
        permissions = Set.copyOf(permissions);
    }

    /**
     * @param permission a permission name; may be {@code null}
     * @return whether the actor holds it here
     */
    public boolean holds(String permission) {
        return permission != null && permissions.contains(permission);
    }
}
