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
}
