package io.orgkit.api.organization;

import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.PreconditionFailedException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;

/**
 * Organizations. The {@code current…} methods act on the caller's active organization (a session's, or an API key's);
 * the others are the Super Admin console and act on any organization by id. Who may call which is declared on the
 * HTTP resources; this service checks the rules of the data.
 *
 * <p>Preconditions: {@code ifMatch} parameters take the {@code If-Match} header as a client sent it, or {@code null}
 * for none. It holds when it is {@code *} or lists the organization's current {@link OrganizationRevision#etag()}
 * (strong comparison: weak tags never match). Whatever the precondition, two changes that race are never both
 * applied blindly: the loser gets {@link ConflictException} (or {@link PreconditionFailedException}).
 */
public interface OrganizationService {
    /**
     * @return the caller's active organization
     * @throws AuthenticationRequiredException without a caller
     * @throws ResourceNotFoundException       if the caller's session has no active organization
     */
    OrganizationRevision current();

    /**
     * @param patch   the fields to change
     * @param ifMatch the {@code If-Match} header, or {@code null}
     * @return the organization after the change (unchanged, same version, for an empty patch)
     * @throws InvalidRequestException     if a field is invalid
     * @throws ResourceNotFoundException   if the caller has no active organization
     * @throws PreconditionFailedException if {@code ifMatch} does not match the current version
     * @throws ConflictException           if a concurrent change won the race
     */
    OrganizationRevision updateCurrent(UpdateOrganizationRequest patch, String ifMatch);

    /**
     * @return the caller's role in its active organization and every catalog permission with whether it holds it
     * @throws ResourceNotFoundException if the caller has no active organization
     */
    PermissionMapView currentPermissions();

    /**
     * @param nameContains a case-insensitive substring of the name (at most 100 characters), or {@code null} for all
     * @param page         which page
     * @return organizations in id (creation) order
     * @throws InvalidRequestException if the cursor does not decode or the filter is too long
     */
    Page<OrganizationView> list(String nameContains, PageRequest page);

    /**
     * Creates an organization with no members; with an {@code adminEmail}, also an {@code Admin} invitation for it,
     * in the same transaction (nothing is written if either fails).
     *
     * @param request the organization
     * @return the new organization
     * @throws InvalidRequestException if a field is invalid (nothing is written)
     */
    OrganizationRevision create(CreateOrganizationRequest request);

    /**
     * @param id an organization id
     * @return the organization
     * @throws ResourceNotFoundException if there is none with that id (or the id is malformed)
     */
    OrganizationRevision get(String id);

    /**
     * @param id      an organization id
     * @param patch   the fields to change
     * @param ifMatch the {@code If-Match} header, or {@code null}
     * @return the organization after the change
     * @throws ResourceNotFoundException   if there is none with that id
     * @throws InvalidRequestException     if a field is invalid
     * @throws PreconditionFailedException if {@code ifMatch} does not match the current version
     * @throws ConflictException           if a concurrent change won the race
     */
    OrganizationRevision update(String id, UpdateOrganizationRequest patch, String ifMatch);

    /**
     * Deletes an organization with its memberships, roles, invitations, pending emails and API keys, in one
     * transaction. Users stay; sessions whose active organization it was keep working without one; its API keys are
     * refused from the next request on.
     *
     * @param id      an organization id
     * @param ifMatch the {@code If-Match} header, or {@code null}
     * @throws ResourceNotFoundException   if there is none with that id
     * @throws PreconditionFailedException if {@code ifMatch} does not match the current version
     */
    void delete(String id, String ifMatch);
}
