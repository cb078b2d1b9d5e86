package io.orgkit.api.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names that must be unique "case-insensitively" are compared and stored for uniqueness (role names):
 * compatibility-normalized (NFKC) and case-folded, so that {@code "ADMIN"}, {@code "admin"} and {@code "Ａｄｍｉｎ"}
 * (fullwidth) are one name. Lengths of such names are counted on this key, in code points, so a name whose key would
 * not fit its column never passes validation.
 */
public final class CaseInsensitiveKey {

    private CaseInsensitiveKey() {
    }

    /**
     * @param name a name as a client sent it; never {@code null}
     * @return its key: stripped, NFKC-normalized and case-folded (lower, upper, then lower case again, root locale,
     *         so that {@code ß}, {@code ẞ} and {@code SS} fold alike)
     */
    public static String of(String name) {
        String normalized = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
        String folded = normalized.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /**
     * @param text any text; never {@code null}
     * @return its length in code points, the length JSON Schema's {@code maxLength} counts
     */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }
}
