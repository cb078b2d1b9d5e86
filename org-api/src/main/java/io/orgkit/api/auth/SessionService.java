package io.orgkit.api.auth;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.AuthenticationRequiredException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.TooManyRequestsException;

/**
 * Logging in and out, and the session of the current caller.
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
     */
    LoginResponse login(LoginRequest request);

    /**
     * @return the calling session
     * @throws AuthenticationRequiredException if there is no session
     */
    SessionView current();

    /**
     * Makes another of the user's organizations the active one.
     *
     * @param request the organization
     * @return the session after the switch
     * @throws InvalidRequestException   if the id is missing
     * @throws ResourceNotFoundException if the user is not a member of that organization
     * @throws AccessDeniedException     if the caller is not a session
     */
    SessionView switchOrganization(SwitchOrganizationRequest request);

    /**
     * Ends the calling session; its token stops working at once.
     */
    void logout();
}
