package io.orgkit.api.account;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.GoneException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.TooManyRequestsException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Resetting a forgotten password by email. The reset token is single-use, short-lived, shown only in the email and
 * stored only as its SHA-256.
 */
public interface PasswordResetService {

    /**
     * Queues a reset email when the email belongs to a user; the same (silent) outcome when it does not, so that the
     * answer never tells whether an account exists. A new request replaces the user's earlier unused tokens.
     *
     * @param request the email
     * @throws InvalidRequestException  if the email is missing or too long
     * @throws TooManyRequestsException after too many requests from this client, or for this email, in a short time
     * @throws AccessDeniedException    if passwords are switched off
     */
    void request(@NotNull @Valid PasswordResetRequest request);

    /**
     * Sets the new password and ends every session of the user.
     *
     * @param request the token and the new password
     * @throws ResourceNotFoundException if no reset has this token
     * @throws GoneException             if the token was used, replaced or has expired
     * @throws TooManyRequestsException  after too many unknown tokens from this client
     * @throws AccessDeniedException     if passwords are switched off
     */
    void complete(@NotNull @Valid CompletePasswordResetRequest request);
}
