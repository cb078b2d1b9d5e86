package io.orgkit.impl.kernel;

import io.orgkit.api.auth.LoginResponse;

/**
 * Opening a session for a user whose identity was proven by something other than a password (an invitation token that
 * created the user), for features that are not the session feature.
 */
public interface Sessions {

    /**
     * @param user           the user
     * @param organizationId the session's active organization (a membership of the user), or {@code null}
     * @return the new session, its token shown this once
     */
    LoginResponse open(UserEntity user, String organizationId);

    /**
     * Ends sessions of a user at once, on every node (a changed or reset password).
     *
     * @param userId the user
     * @param except a session to keep (the one that changed the password), or {@code null} to end every one
     * @return how many sessions ended
     */
    int endAll(String userId, String except);
}
