package io.orgkit.api.apikey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET/PUT /api/organizations/api-keys/policy}: the organization's rules for its API keys.
 *
 * @param maxLifetimeDays the longest a key may live, counted from its creation, in days (1 to {@value #MAX_DAYS}), or
 *                        {@code null} for no maximum. A key created without an expiry then expires at the end of it,
 *                        one asked to expire later is refused, and keys made before the maximum was set stop at the
 *                        end of it too.
 */
public record ApiKeyPolicy(
        @Min(1) @Max(MAX_DAYS) @Schema(minimum = "1", maximum = "3650", nullable = true,
                description = "days a key may live at most, from its creation; null for no maximum")
        Integer maxLifetimeDays) {

    /** The longest maximum that can be set: ten years. */
    public static final int MAX_DAYS = 3650;
}
