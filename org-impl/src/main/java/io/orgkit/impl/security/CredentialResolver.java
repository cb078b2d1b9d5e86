package io.orgkit.impl.security;

/**
 * Turns one kind of secret into a caller. Each feature that issues credentials (sessions, API keys) provides one.
 */
public interface CredentialResolver {
    /**
     * @param kind a credential kind
     * @return whether this resolver handles it
     */
    boolean supports(CredentialKind kind);

    /**
     * @param token the secret as presented
     * @param kind  its kind, one this resolver supports
     * @return the caller
     * @throws InvalidCredentialsException if the secret is unknown, expired or revoked
     */
    Caller resolve(String token, CredentialKind kind);

    /**
     * @param credentials credentials of a kind this resolver supports
     * @return the caller
     * @throws InvalidCredentialsException if the secret is unknown, expired or revoked
     * @throws io.orgkit.api.error.OrgException another refusal of the credentials (an organization they may not act in)
     */
    default Caller resolve(Credentials credentials) {
        return resolve(credentials.token(), credentials.kind());
    }
}
