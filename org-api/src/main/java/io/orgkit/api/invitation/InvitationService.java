package io.orgkit.api.invitation;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.GoneException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Invitations of an organization (list, invite, resend, revoke, each acting on the organization it is given), and the
 * recipient's side (lookup, accept: the token is the credential).
 *
 * <p>Every invitation email goes through a transactional outbox: it is queued in the same transaction as the
 * invitation (or its resend) and sent afterwards, with retries, exactly once per queued email.
 *
 * <p>No escalation: inviting to a role, and re-sending or revoking an invitation to it, needs every permission of that
 * role; otherwise {@link AccessDeniedException} naming the missing permissions.
 */
public interface InvitationService {

    /**
     * @param scope  the organization
     * @param status {@code pending}, {@code accepted}, {@code revoked}, {@code expired}, or {@code null} for all
     * @param page   which page
     * @return the organization's invitations, oldest first
     * @throws InvalidRequestException if the status is none of those, or the cursor does not decode
     */
    Page<InvitationView> list(@NotNull OrganizationScope scope, String status, @NotNull PageRequest page);

    /**
     * One invitation of the organization, in any status.
     *
     * @param scope the organization
     * @param id    the invitation's id (a string that is not a UUID finds nothing)
     * @return the invitation, never {@code null}
     * @throws ResourceNotFoundException if no such invitation exists in the organization
     */
    InvitationView get(@NotNull OrganizationScope scope, String id);

    /**
     * Invites an email and queues its email.
     *
     * @param scope   the organization, and who invites
     * @param request the email and an optional role (default {@code Member})
     * @return the new pending invitation
     * @throws InvalidRequestException if the email is missing, too long or not an email address
     * @throws UnprocessableException  if the role does not exist in the organization
     * @throws AccessDeniedException   if the role grants permissions the actor does not hold
     * @throws ConflictException       if the email is already a member or already has a pending invitation, or the
     *                                   organization's member limit is reached
     * @throws TooManyRequestsException  if the inviter's or the organization's send quota is used up
     * @throws AccessDeniedException     also if {@code sendEmail} is {@code false} and the actor lacks
     *                                   {@code invitations.link}, or it sets private metadata without being an Admin
     *                                   or the Super Admin
     * @throws UnprocessableException    also if the redirect URL is not on the redirect allow-list
     */
    InvitationView create(@NotNull OrganizationScope scope, @NotNull @Valid CreateInvitationRequest request);

    /**
     * Invites up to {@value BulkInvitationRequest#MAX} emails, each entry as {@link #create} would, in a transaction
     * of its own: a refused entry (invalid, forbidden, already a member, pending, over a quota or the member limit)
     * gets its own result and never undoes or blocks the others.
     *
     * @param scope   the organization, and who invites
     * @param request the entries
     * @return one result per entry, in the request's order
     * @throws InvalidRequestException if the list is missing, empty, longer than {@value BulkInvitationRequest#MAX}
     *                                 or holds a {@code null} entry (nothing is invited)
     */
    BulkInvitationResponse createAll(@NotNull OrganizationScope scope, @NotNull @Valid BulkInvitationRequest request);

    /**
     * Re-sends an invitation: a new token (the old one stops working at once), a fresh expiry, and a new email; an
     * unsent email of the old token is cancelled.
     *
     * @param scope the organization
     * @param id    the invitation
     * @return the invitation after the resend
     * @throws ResourceNotFoundException if no such invitation exists in the organization
     * @throws ConflictException         if it is not pending (accepted, revoked or expired)
     * @throws TooManyRequestsException  if it was sent less than the resend cooldown ago (with the time to wait)
     */
    InvitationView resend(@NotNull OrganizationScope scope, String id);

    /**
     * Revokes a pending invitation: its token stops working and its unsent email is cancelled.
     *
     * @param scope the organization
     * @param id    the invitation
     * @throws ResourceNotFoundException if no such invitation exists in the organization
     * @throws ConflictException         if it is not pending
     */
    void revoke(@NotNull OrganizationScope scope, String id);

    /**
     * What a token invites to. Needs no caller: the token is the credential.
     *
     * @param request the token
     * @return the invitation as its recipient may see it
     * @throws InvalidRequestException   if the token is missing or too long
     * @throws ResourceNotFoundException if no invitation has this token (counted against the client)
     * @throws GoneException             if the invitation expired, was revoked, replaced by a resend, or accepted
     * @throws TooManyRequestsException  if the client sent too many unknown tokens lately
     */
    InvitationLookup lookup(@NotNull @Valid InvitationTokenRequest request);

    /**
     * Accepts an invitation: the invited email joins the organization with the invitation's role, exactly once.
     * If a user with the invited email exists, the caller must be that user's session; otherwise {@code name} and
     * {@code password} create the user and a new session is opened for it.
     *
     * @param request the token, and the new user's name and password when needed
     * @param caller  the caller, or {@code null} when the request carries no valid credentials
     * @return the membership, and the new session for a new user
     * @throws InvalidRequestException         if the token is missing, or the new user's name or password is invalid
     * @throws ResourceNotFoundException       if no invitation has this token
     * @throws GoneException                   if the invitation expired, was revoked, replaced or already accepted,
     *                                         including by a concurrent accept that won
     * @throws AuthenticationRequiredException if the invited user exists and the request has no session
     * @throws AccessDeniedException           if the invited user exists and the caller is another user or an API key
     * @throws ConflictException               if the invited user is already a member by other means
     * @throws TooManyRequestsException        if the client sent too many unknown tokens lately
     */
    AcceptedInvitation accept(@NotNull @Valid AcceptInvitationRequest request, Actor caller);

    /**
     * @param user the caller: a user (session or identity-provider token)
     * @return the pending invitations to the user's email, in every organization, oldest first, in one page
     * @throws AccessDeniedException if the caller is not a user
     */
    Page<PendingInvitation> pendingFor(@NotNull Actor user);

    /**
     * Declines a pending invitation to the user's email: it stops working, its unsent emails are cancelled, and the
     * organization sees it as {@code declined}.
     *
     * @param user         the caller
     * @param invitationId the invitation
     * @throws ResourceNotFoundException if no pending invitation to the user's email has this id
     * @throws AccessDeniedException     if the caller is not a user
     */
    void decline(@NotNull Actor user, @NotNull String invitationId);
}
