package io.orgkit.impl.identity;

/**
 * What a token whose signature, issuer, audience and expiry were checked says about its holder.
 *
 * @param issuer       the provider ({@code iss})
 * @param subject      the provider's id of the holder ({@code sub})
 * @param email        the holder's email, lower-cased, verified by the provider
 * @param name         the holder's name ({@code name}), or {@code null}
 * @param tokenId      the token's id ({@code jti}), or {@code null}
 * @param organization the organization the token names in the configured claim, or {@code null}
 */
public record VerifiedIdentity(String issuer, String subject, String email, String name, String tokenId,
                               String organization) {
}
