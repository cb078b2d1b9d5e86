package io.orgkit.api.error;

/**
 * 401: no credentials, or credentials that are unknown, expired or revoked. Answered with
 * {@code WWW-Authenticate: Bearer}. The detail never says which of those it was for a login.
 */
public class AuthenticationRequiredException extends OrgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param detail what the client should do, for a human
     */
    public AuthenticationRequiredException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 401;
    }

    @Override
    public String title() {
        return "Authentication required";
    }
}
