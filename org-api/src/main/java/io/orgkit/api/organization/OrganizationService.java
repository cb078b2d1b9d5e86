package io.orgkit.api.organization;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.PreconditionFailedException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Organizations: one organization, acting on the scope it is given (the caller's own for {@code /me}, any for the Super
 * Admin console), and the platform-wide operations of the Super Admin console, which check the actor's platform right
 * themselves whatever the HTTP layer enforced.
 *
 * <p>Preconditions: {@code ifMatch} parameters take the {@code If-Match} header as a client sent it, or {@code null}
 * for none. It holds when it is {@code *} or lists the organization's current {@link OrganizationRevision#etag()}
 * (strong comparison: weak tags never match). Whatever the precondition, two changes that race are never both
 * applied blindly: the loser gets {@link ConflictException} (or {@link PreconditionFailedException}).
 */
public interface OrganizationService {

    /**
     * @param scope the organization
     * @return the organization with its version
     * @throws ResourceNotFoundException if it no longer exists
     */
    OrganizationRevision get(@NotNull OrganizationScope scope);

    /**
     * Applies a JSON merge patch (RFC 7396) to the organization's {@link OrganizationFields}.
     *
     * @param scope   the organization
     * @param patch   the merge patch: a JSON object naming only fields of {@link OrganizationFields}
     * @param ifMatch the {@code If-Match} header, or {@code null}
     * @return the organization after the change (unchanged, same version, when nothing changed)
     * @throws InvalidRequestException     if the patch names another field, or the result fails validation
     * @throws PreconditionFailedException if {@code ifMatch} does not match the current version
     * @throws ConflictException           if a concurrent change won the race, or the new slug belongs to another
     *                                     organization
     */
    OrganizationRevision update(@NotNull OrganizationScope scope, @NotNull JsonObject patch, String ifMatch);

    /**
     * @param scope the organization, with the role and permissions its actor holds there
     * @return the actor's role and every catalog permission with whether it holds it
     */
    PermissionMapView permissions(@NotNull OrganizationScope scope);

    /**
     * @param actor        a Super Admin
     * @param nameContains a case-insensitive substring of the name (at most 100 characters), or {@code null} for all
     * @param deleted      {@code true} for the deleted organizations that can still be restored, instead of the others
     * @param page         which page
     * @return organizations in id (creation) order
     * @throws AccessDeniedException   if the actor is not a Super Admin
     * @throws InvalidRequestException if the cursor does not decode or the filter is too long
     */
    Page<OrganizationView> list(@NotNull Actor actor, String nameContains, boolean deleted, @NotNull PageRequest page);

    /**
     * Creates an organization with no members; with an {@code adminEmail}, also an {@code Admin} invitation for it,
     * in the same transaction (nothing is written if either fails).
     *
     * @param actor   a Super Admin
     * @param request the organization
     * @return the new organization
     * @throws AccessDeniedException   if the actor is not a Super Admin
     * @throws InvalidRequestException if a field is invalid (nothing is written)
     * @throws ConflictException       if the slug it names belongs to another organization
     */
    OrganizationRevision create(@NotNull Actor actor, @NotNull @Valid CreateOrganizationRequest request);

    /**
     * A user founds an organization of its own, when the setting {@code org.organizations.founding} allows it: the
     * organization is created and the user becomes its {@code Admin}, in one transaction. The user's other memberships
     * and its session's active organization stay as they are.
     *
     * @param user    a user's session
     * @param request the organization
     * @return the new organization
     * @throws AccessDeniedException   if founding is turned off, or the actor is not a user's session
     * @throws ConflictException       if the user has founded as many organizations as it may (the detail names the
     *                                 limit), or the slug is taken
     * @throws InvalidRequestException if a field is invalid (nothing is written)
     */
    OrganizationRevision found(@NotNull Actor user, @NotNull @Valid FoundOrganizationRequest request);

    /**
     * @param actor a Super Admin
     * @param slug  a slug, as the organization's {@link OrganizationView#slug()}
     * @return the organization that has it
     * @throws AccessDeniedException     if the actor is not a Super Admin
     * @throws ResourceNotFoundException if no organization has it
     */
    OrganizationRevision findBySlug(@NotNull Actor actor, @NotNull String slug);

    /**
     * Suspends an organization: until it is resumed, its members' sessions and its API keys get
     * {@link io.orgkit.api.error.OrganizationSuspendedException} for everything in it. Suspending a suspended one
     * changes nothing.
     *
     * @param scope the organization; its actor must be a Super Admin
     * @return the organization, with {@code suspendedAt}
     * @throws AccessDeniedException     if the actor is not a Super Admin
     * @throws ResourceNotFoundException if it does not exist or is deleted
     */
    OrganizationRevision suspend(@NotNull OrganizationScope scope);

    /**
     * Resumes a suspended organization (resuming one that is not suspended changes nothing).
     *
     * @param scope the organization; its actor must be a Super Admin
     * @return the organization, without {@code suspendedAt}
     * @throws AccessDeniedException     if the actor is not a Super Admin
     * @throws ResourceNotFoundException if it does not exist or is deleted
     */
    OrganizationRevision resume(@NotNull OrganizationScope scope);

    /**
     * Restores a deleted organization within the restore window, with everything it had.
     *
     * @param actor          a Super Admin
     * @param organizationId the organization
     * @return the organization, without {@code deletedAt}
     * @throws AccessDeniedException     if the actor is not a Super Admin
     * @throws ResourceNotFoundException if no such organization exists (never did, or was purged)
     * @throws ConflictException         if it is not deleted
     * @throws io.orgkit.api.error.GoneException if its restore window has passed (it awaits the purge)
     */
    OrganizationRevision restore(@NotNull Actor actor, @NotNull String organizationId);

    /**
     * Deletes an organization softly: from now on it is as if it did not exist (404 to its id, its API keys 401, the
     * sessions whose active organization it was without one), except for the Super Admin's list of deleted
     * organizations and {@link #restore}. After the restore window the purge deletes it for good, with its
     * memberships, roles, invitations, pending emails and API keys. Users stay.
     *
     * @param scope   the organization; its actor must be a Super Admin
     * @param ifMatch the {@code If-Match} header, or {@code null}
     * @throws AccessDeniedException       if the actor is not a Super Admin
     * @throws ResourceNotFoundException   if it no longer exists
     * @throws PreconditionFailedException if {@code ifMatch} does not match the current version
     */
    void delete(@NotNull OrganizationScope scope, String ifMatch);
}
