package io.orgkit.api.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a verified domain does for a user whose email is verified at it.
 */
public enum EnrollmentMode {
    /** Nothing: the organization invites such users itself. */
    MANUAL,
    /** The user may ask for an invitation, which is emailed to it like any other (and accepted as usual). */
    INVITATION,
    /** The user may join at once, with the domain's default role. */
    JOIN;

    /** The values as the API spells them. */
    public static final String PATTERN = "^(manual|invitation|join)$";

    /** @return the value as the API spells it */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param apiName the value as the API spells it, or {@code null}
     * @return the mode, if it names one
     */
    public static Optional<EnrollmentMode> of(String apiName) {
        if (apiName == null) {
            return Optional.empty();
        }
        for (EnrollmentMode mode : values()) {
            if (mode.apiName().equals(apiName)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
