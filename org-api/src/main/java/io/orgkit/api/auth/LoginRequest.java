package io.orgkit.api.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/auth/login}.
 *
 * @param email          required; compared case-insensitively
 * @param password       required
 * @param organizationId optional: the organization to make active; must be one of the user's memberships
 */
public record LoginRequest(@Schema(required = true, format = "email", maxLength = 254) String email, @Schema(required = true, maxLength = 256) String password, @Schema(format = "uuid") String organizationId) {
}
