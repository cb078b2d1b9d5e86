package io.orgkit.api.auth;

import io.orgkit.api.validation.MaxCodePoints;
import io.orgkit.api.validation.Uuid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/auth/login}.
 *
 * @param email          required; compared case-insensitively
 * @param password       required
 * @param organizationId optional: the organization to make active; must be one of the user's memberships
 */
public record LoginRequest(
        @NotBlank @MaxCodePoints(254) @Schema(required = true, format = "email", maxLength = 254) String email,
        @NotEmpty @MaxCodePoints(256) @Schema(required = true, minLength = 1, maxLength = 256) String password,
        @Uuid @Schema(format = "uuid", maxLength = 36) String organizationId) {
}
