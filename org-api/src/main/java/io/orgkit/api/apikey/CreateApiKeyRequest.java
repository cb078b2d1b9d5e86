package io.orgkit.api.apikey;

import java.time.Instant;

/**
 * {@code POST /api/organizations/api-keys}.
 *
 * @param name      required, 1 to 100 characters after trimming
 * @param role      required: a role of the organization, within the caller's own permissions
 * @param expiresAt optional: a moment in the future; {@code null} for a key that does not expire
 */
public record CreateApiKeyRequest(String name, String role, Instant expiresAt) {
}
