package io.orgkit.impl.apikey;

import java.time.Duration;
import java.time.Instant;

/**
 * When a key stops working: its own expiry, or the end of the organization's maximum key lifetime counted from the
 * key's creation, whichever comes first. Computed at each request, so a maximum set (or lowered) later holds for keys
 * made before it.
 */
final class ApiKeyLifetime {

    private ApiKeyLifetime() {
    }

    /**
     * @param expiresAt       the key's own expiry, or {@code null}
     * @param createdAt       when the key was created
     * @param maxLifetimeDays the organization's maximum, or {@code null}
     * @return the effective expiry, or {@code null} for never
     */
    static Instant effectiveExpiry(Instant expiresAt, Instant createdAt, Integer maxLifetimeDays) {
        if (maxLifetimeDays == null) {
            return expiresAt;
        }
        Instant cap = createdAt.plus(Duration.ofDays(maxLifetimeDays));
        return expiresAt == null || cap.isBefore(expiresAt) ? cap : expiresAt;
    }
}
