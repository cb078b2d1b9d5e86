package io.orgkit.api.member;

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
 * Members of the organization a scope names.
 *
 * <p>A member id that is malformed, unknown, or belongs to another organization is answered
 * {@link ResourceNotFoundException} alike, and nothing is changed.
 *
 * <p>No escalation: changing or removing a member needs the permissions of the member's current role, and assigning a
 * role needs that role's permissions, all held by the scope's actor; otherwise {@link AccessDeniedException} naming the
 * missing permissions. The organization always keeps at least one {@code Admin}: changes to members are serialized
 * per organization, so two concurrent demotions cannot both succeed.
 */
public interface MemberService {

    /**
     * One keyset page of members, in membership id order (the order they joined).
     *
     * @param scope  the organization
     * @param filter optional role and text filters
     * @param page   which page
     * @return the page
     * @throws InvalidRequestException if the cursor does not decode or the text filter is longer than 254 characters
     */
    Page<MemberView> list(@NotNull OrganizationScope scope, @NotNull @Valid MemberFilter filter,
                          @NotNull PageRequest page);

    /**
     * One member of the organization.
     *
     * @param scope    the organization
     * @param memberId the membership id (a string that is not a UUID finds nothing)
     * @return the member, never {@code null}
     * @throws ResourceNotFoundException if no such member exists in the organization
     */
    MemberView get(@NotNull OrganizationScope scope, String memberId);

    /**
     * Changes a member's role. Every session and API key of the member sees the new role's permissions from its next
     * request on.
     *
     * @param scope    the organization
     * @param memberId the membership id
     * @param patch    a JSON merge patch of {@link MemberFields}'s fields
     * @return the member as changed
     * @throws InvalidRequestException   if the patch names another field, clears the role, or a field is invalid
     * @throws ResourceNotFoundException if no such member exists in the organization
     * @throws UnprocessableException    if the organization has no role of that name (field {@code role})
     * @throws AccessDeniedException     if the new or the current role grants permissions the actor lacks, or the
     *                                   patch names {@code privateMetadata} and the actor is neither one of the
     *                                   organization's Admins nor the Super Admin
     * @throws ConflictException         if the member is the organization's last {@code Admin} and the new role is not
     *                                   {@code Admin}
     */
    MemberView update(@NotNull OrganizationScope scope, String memberId, @NotNull JsonObject patch);

    /**
     * Removes a member from the organization; the user stays. Every session of the user that had this organization
     * active loses it at once.
     *
     * @param scope    the organization
     * @param memberId the membership id
     * @throws ResourceNotFoundException if no such member exists in the organization
     * @throws AccessDeniedException     if the member's role grants permissions the actor lacks
     * @throws ConflictException         if the member is the organization's last {@code Admin}
     */
    void remove(@NotNull OrganizationScope scope, String memberId);
}
