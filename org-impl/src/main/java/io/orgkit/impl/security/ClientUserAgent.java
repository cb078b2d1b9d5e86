package io.orgkit.impl.security;

import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

/**
 * How the client of the current request describes itself ({@code User-Agent}), shortened to
 * {@value #MAX} characters and without control or format characters: what a user's list of sessions shows to tell
 * them apart. Set by {@link ClientAddressFilter}; {@code null} when the client sent none.
 */
@RequestScoped
public class ClientUserAgent {
    /** The longest user agent kept, in characters. */
    public static final int MAX = 200;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");

    private String userAgent;

    /** @return the shortened user agent, or {@code null} */
    public String get() {
        return userAgent;
    }

    void set(String header) {
        if (header == null) {
            return;
        }
        String visible = INVISIBLE.matcher(header).replaceAll(" ").strip();
        if (visible.isEmpty()) {
            return;
        }
        // Cut at a code point boundary, so that a surrogate pair is never split.
        this.userAgent = visible.codePointCount(0, visible.length()) <= MAX ? visible
                : visible.substring(0, visible.offsetByCodePoints(0, MAX));
    }
}
