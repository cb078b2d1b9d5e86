package io.orgkit.impl.persistence;

import java.util.Locale;

/**
 * Substring filters as SQL {@code LIKE} patterns that treat every character of the client's text literally. The
 * escape character is {@code !} rather than a backslash: a backslash in an SQL literal is itself an escape on MariaDB
 * but not on H2. Queries write {@code LIKE :pattern ESCAPE '!'}.
 */
public final class LikePattern {
    /** The escape character every pattern of this class uses. */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /**
     * @param text the text a value must contain, as a client typed it
     * @return {@code %text%}, lower-cased, with {@code %}, {@code _} and {@code !} escaped
     */
    public static String containing(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder(lower.length() + 8).append('%');
        for (char c : lower.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
