package io.orgkit.api.account;

import io.orgkit.api.auth.UserView;
import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.api.page.Page;
import io.orgkit.api.scope.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The signed-in user's own account. Every method takes the caller as an {@link Actor} standing for a user (a session,
 * or a token of the host's identity provider, see {@link Actor#isUser()}); an API key or a system actor is refused with
 * {@link AccessDeniedException}.
 */
public interface AccountService {

    /**
     * @param user the caller
     * @return the caller's user
     * @throws AuthenticationRequiredException if the user no longer exists
     */
    UserView profile(@NotNull Actor user);

    /**
     * @param user    the caller
     * @param request the new name
     * @return the user, renamed
     * @throws InvalidRequestException if the name is invalid
     */
    UserView updateProfile(@NotNull Actor user, @NotNull @Valid UpdateProfileRequest request);

    /**
     * Changes the password, and ends every other session of the user (the calling one stays).
     *
     * @param user    the caller
     * @param request the current and the new password
     * @throws InvalidRequestException  if the new password is too short or too long
     * @throws AccessDeniedException    if the current password is wrong, or passwords are switched off
     * @throws TooManyRequestsException after too many wrong current passwords for this user in a short time
     */
    void changePassword(@NotNull Actor user, @NotNull @Valid ChangePasswordRequest request);

    /**
     * @param user                 the caller
     * @param activeOrganizationId the calling credential's active organization, or {@code null}
     * @return every organization the user belongs to, oldest membership first, in one page
     */
    Page<AccountOrganization> organizations(@NotNull Actor user, String activeOrganizationId);

    /**
     * Leaves an organization: the membership ends, the user's sessions lose it and the user's API keys in it are
     * revoked, in one transaction.
     *
     * @param user           the caller
     * @param organizationId the organization to leave
     * @throws ResourceNotFoundException if the user is not a member of it (or the id is malformed)
     * @throws ConflictException         if the user is its last Admin
     */
    void leave(@NotNull Actor user, @NotNull String organizationId);
}
