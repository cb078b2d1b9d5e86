package io.orgkit.api.apikey;

import java.time.Instant;

import io.orgkit.api.validation.DisplayName;
import io.orgkit.api.validation.RoleName;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/api-keys}.
 *
 * @param name      required, 1 to 100 characters after trimming
 * @param role      required: a role of the organization, within the caller's own permissions
 * @param expiresAt optional: a moment in the future; {@code null} for a key that does not expire
 */
public record CreateApiKeyRequest(
        @NotNull @DisplayName(max = 100) @Schema(required = true, minLength = 1, maxLength = 100) String name,
        @NotNull @RoleName @Schema(required = true, minLength = 1, maxLength = RoleName.MAX) String role,
        @Future @Schema(format = "date-time", maxLength = 64,
                example = "2099-12-31T23:59:59Z", description = "in the future; absent for no expiry") Instant expiresAt) {
}
