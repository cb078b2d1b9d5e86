package io.orgkit.api.member;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;

/**
 * Members of the caller's active organization (the session's, or the API key's).
 *
 * <p>Every method throws {@link AuthenticationRequiredException} without a caller and {@link ResourceNotFoundException}
 * when the caller has no active organization. A member id that is malformed, unknown, or belongs to another
 * organization is answered {@link ResourceNotFoundException} alike, and nothing is changed.
 *
 * <p>No escalation: changing or removing a member needs the permissions of the member's current role, and assigning a
 * role needs that role's permissions, all held by the caller; otherwise {@link AccessDeniedException} naming the
 * missing permissions. The organization always keeps at least one {@code Admin}: changes to members are serialized
 * per organization, so two concurrent demotions cannot both succeed.
 */
public interface MemberService {
    /**
     * One keyset page of members, in membership id order (the order they joined).
     *
     * @param filter optional role and text filters; never {@code null}
     * @param page   which page
     * @return the page; {@code nextCursor} is {@code null} on the last page
     * @throws InvalidRequestException if the cursor does not decode or a filter is too long
     */
    Page<MemberView> list(MemberFilter filter, PageRequest page);

    /**
     * Changes a member's role. The member's sessions and the permission checks see the new role from their next
     * request on.
     *
     * @param memberId the membership id
     * @param request  the new role; never {@code null}
     * @return the member as changed
     * @throws InvalidRequestException   if the role is missing or longer than 64 characters
     * @throws ResourceNotFoundException if no such member exists in the caller's organization
     * @throws UnprocessableException    if the organization has no role of that name (field {@code role})
     * @throws AccessDeniedException     if the new or the current role grants permissions the caller lacks
     * @throws ConflictException         if the member is the organization's last {@code Admin} and the new role is not
     *                                   {@code Admin}
     */
    MemberView update(String memberId, UpdateMemberRequest request);

    /**
     * Removes a member from the organization; the user stays. Every session of the user that had this organization
     * active loses it at once.
     *
     * @param memberId the membership id
     * @throws ResourceNotFoundException if no such member exists in the caller's organization
     * @throws AccessDeniedException     if the member's role grants permissions the caller lacks
     * @throws ConflictException         if the member is the organization's last {@code Admin}
     */
    void remove(String memberId);
}
