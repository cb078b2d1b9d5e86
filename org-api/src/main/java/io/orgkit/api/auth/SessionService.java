package io.orgkit.api.auth;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.TooManyRequestsException;
import io.orgkit.api.page.Page;
import io.orgkit.api.scope.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Logging in and out, and a session's own view of itself. The session methods take the session as an {@link Actor} of
 * kind {@link Actor.Kind#SESSION}; any other actor is refused with {@link AccessDeniedException}.
 */
public interface SessionService {

    /**
     * Checks the password and opens a new session with a new token.
     *
     * @param request email, password and the optional organization to make active
     * @return the session, with its token shown this once
     * @throws InvalidRequestException          if email or password is missing or too long
     * @throws TooManyRequestsException         if this email failed too often recently; checked before the password
     * @throws AuthenticationRequiredException  if the email is unknown or the password wrong (the same answer for both)
     * @throws ResourceNotFoundException        if {@code organizationId} is not one of the user's organizations
     * @throws AccessDeniedException            if passwords are switched off ({@code org.auth.passwords.enabled=false})
     */
    LoginResponse login(@NotNull @Valid LoginRequest request);

    /**
     * @param session the calling session
     * @return the session: user, active organization, memberships
     * @throws AuthenticationRequiredException if the session has ended meanwhile
     */
    SessionView current(@NotNull Actor session);

    /**
     * Makes another of the user's organizations the active one, in a new session: the calling session ends and a new
     * token, shown this once, takes its place until the same absolute expiry.
     *
     * @param session the calling session
     * @param request the organization
     * @return the new session, with its token
     * @throws InvalidRequestException          if the id is missing or malformed
     * @throws ResourceNotFoundException        if the user is not a member of that organization
     * @throws AuthenticationRequiredException  if the session ended meanwhile
     */
    SwitchedSession switchOrganization(@NotNull Actor session, @NotNull @Valid SwitchOrganizationRequest request);

    /**
     * Ends the session; its token stops working at once.
     *
     * @param session the calling session
     */
    void logout(@NotNull Actor session);

    /**
     * @param user the caller: a user's session (marked {@code current}) or identity-provider token
     * @return every live session of the user, newest first, in one page
     * @throws AccessDeniedException if the caller is not a user
     */
    Page<SessionSummary> sessions(@NotNull Actor user);

    /**
     * Ends one of the user's sessions; its token stops working at once.
     *
     * @param user      the caller
     * @param sessionId one of the user's sessions (the calling one included: that is a logout)
     * @throws ResourceNotFoundException if the user has no such session
     * @throws AccessDeniedException     if the caller is not a user
     */
    void endSession(@NotNull Actor user, @NotNull String sessionId);

    /**
     * Ends every session of the user except the calling one (all of them for an identity-provider token).
     *
     * @param user the caller
     * @return how many sessions ended
     * @throws AccessDeniedException if the caller is not a user
     */
    int endOtherSessions(@NotNull Actor user);
}
