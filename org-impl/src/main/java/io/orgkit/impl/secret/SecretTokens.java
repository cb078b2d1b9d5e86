package io.orgkit.impl.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets shown once and stored only as a hash: session tokens, API keys, invitation tokens.
 */
public final class SecretTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32; // 256 bits

    private SecretTokens() {
    }

    /**
     * @param prefix what kind of secret this is ({@code orgs_}, {@code orgk_}, {@code orgi_})
     * @return the prefix and 256 random bits, base64url without padding
     */
    public static String generate(String prefix) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param secret a secret as presented by a client
     * @return its SHA-256 in lower-case hex: the only form that is stored. A fast hash suffices because the secret
     *         carries 256 random bits; nothing can be guessed from it.
     */
    public static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
