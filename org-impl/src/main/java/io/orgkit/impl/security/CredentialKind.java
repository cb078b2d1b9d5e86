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
    API_KEY,
    /** A bearer token (a signed JWT) of the host's identity provider, {@code Authorization: Bearer eyJ…}. */
    IDENTITY_TOKEN;

    /**
     * @return whether this is a session of the module (cookie or bearer), as opposed to an API key or a token of the
     *         identity provider
     */
    public boolean isSession() {
        return this == SESSION_COOKIE || this == SESSION_BEARER;
    }
}
