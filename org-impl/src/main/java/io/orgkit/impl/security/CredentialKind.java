package io.orgkit.impl.security;

/**
 * How a caller proved who it is.
 */
public enum CredentialKind {
    /** A session token in the {@code org_session} cookie: state-changing requests need {@code X-Requested-With}. */
    SESSION_COOKIE,
    /** A session token as {@code Authorization: Bearer orgs_…}. */
    SESSION_BEARER,
    /** An organization API key, {@code orgk_…}. */
    API_KEY;

    /**
     * @return whether this is a user's session (cookie or bearer), as opposed to an API key
     */
    public boolean isSession() {
        return this != API_KEY;
    }
}
