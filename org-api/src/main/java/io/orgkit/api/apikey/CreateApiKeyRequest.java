package io.orgkit.api.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * {@code POST /api/organizations/api-keys}.
 *
 * @param name      required, 1 to 100 characters after trimming
 * @param role      required: a role of the organization, within the caller's own permissions
 * @param expiresAt optional: a moment in the future; {@code null} for a key that does not expire
 */
public record CreateApiKeyRequest(@Schema(required = true, minLength = 1, maxLength = 100) String name, @Schema(required = true, maxLength = 64) String role, @Schema(format = "date-time", description = "in the future; absent for no expiry") Instant expiresAt) {
}
