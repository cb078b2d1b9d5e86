package io.orgkit.impl.invitation;

import java.util.Locale;

/**
 * The life of an invitation. {@code EXPIRED} is never stored: a pending invitation past its expiry reads as expired.
 */
public enum InvitationStatus {
    PENDING, ACCEPTED, REVOKED, EXPIRED, DECLINED;

    /**
     * @return the lower-case name the API uses
     */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
