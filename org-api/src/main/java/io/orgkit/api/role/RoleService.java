package io.orgkit.api.role;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.OrganizationScope;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Roles of the organization a scope names: the system roles ({@code Admin}, {@code Member}, {@code Viewer}) and the
 * organization's own roles.
 *
 * <p>An organization role named like a system role (case-insensitively) shadows it: every member and API key holding
 * that name gets the organization role's permissions from its next request on; deleting the organization role brings
 * the system role back. {@code Admin} cannot be shadowed and always holds the whole catalog.
 *
 * <p>A role id that is malformed, unknown, or belongs to another organization is answered
 * {@link ResourceNotFoundException} alike, and nothing is changed.
 *
 * <p>No escalation: an actor can create, change or delete a role only if it holds every permission the role grants
 * (before and after the change); otherwise {@link AccessDeniedException} naming the missing permissions.
 */
public interface RoleService {

    /**
     * One keyset page of roles in id order: the system roles that are not shadowed first (their fixed ids sort first),
     * then the organization's roles. Each name appears once.
     *
     * @param scope the organization
     * @param page  which page
     * @return the page
     * @throws InvalidRequestException if the cursor does not decode
     */
    Page<RoleView> list(@NotNull OrganizationScope scope, @NotNull PageRequest page);

    /**
     * @param scope the organization
     * @param id    a role id
     * @return the role: a system role (even when shadowed) or one of the organization's roles
     * @throws ResourceNotFoundException if no such role exists for the organization
     */
    RoleView get(@NotNull OrganizationScope scope, String id);

    /**
     * @param scope   the organization
     * @param request name, optional description and permissions
     * @return the new role
     * @throws InvalidRequestException if a field is missing or too long
     * @throws UnprocessableException  if the name is {@code Admin} or {@code Super Admin} (field {@code name}), or a
     *                                 permission is not in the catalog (field {@code permissions}, naming them)
     * @throws AccessDeniedException   if the role would grant permissions the actor lacks
     * @throws ConflictException       if the organization already has a role of that name
     */
    RoleView create(@NotNull OrganizationScope scope, @NotNull @Valid CreateRoleRequest request);

    /**
     * Applies a JSON merge patch (RFC 7396) to the role's {@link RoleFields}.
     *
     * @param scope the organization
     * @param id    an organization role's id
     * @param patch the merge patch: a JSON object naming only fields of {@link RoleFields}
     * @return the role as changed
     * @throws ResourceNotFoundException if no such role exists in the organization
     * @throws AccessDeniedException     if the role is a system role (read-only), or grants, before or after the change,
     *                                   permissions the actor lacks
     * @throws InvalidRequestException   if the patch names another field, or the result fails validation
     * @throws UnprocessableException    if a permission is not in the catalog
     */
    RoleView update(@NotNull OrganizationScope scope, String id, @NotNull JsonObject patch);

    /**
     * Deletes an organization role. Deleting a role that shadows a system role is always possible: its holders fall back
     * to the system role.
     *
     * @param scope the organization
     * @param id    an organization role's id
     * @throws ResourceNotFoundException if no such role exists in the organization
     * @throws AccessDeniedException     if the role is a system role, or the actor lacks a permission of the role (or,
     *                                   for a shadowing role, of the system role its holders fall back to)
     * @throws ConflictException         if members, API keys or pending invitations hold the role and no system role
     *                                   would catch them; the detail says how many
     */
    void delete(@NotNull OrganizationScope scope, String id);
}
