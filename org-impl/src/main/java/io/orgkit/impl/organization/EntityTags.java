package io.orgkit.impl.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Entity tags: {@code If-Match} evaluation (RFC 9110, strong comparison) and tags derived from a representation.
 */
public final class EntityTags {
    private EntityTags() {
    }

    /**
     * @param ifMatch the {@code If-Match} header, or {@code null}
     * @param current the current strong tag, quoted
     * @return whether the precondition holds: no header, {@code *}, or a listed tag equal to the current one
     */
    public static boolean matches(String ifMatch, String current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return true;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param representation the exact text of a response body
     * @return a strong tag that changes whenever the text does
     */
    public static String ofText(String representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation.getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
