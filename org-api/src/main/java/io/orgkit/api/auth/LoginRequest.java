package io.orgkit.api.auth;

/**
 * {@code POST /api/auth/login}.
 *
 * @param email          required; compared case-insensitively
 * @param password       required
 * @param organizationId optional: the organization to make active; must be one of the user's memberships
 */
public record LoginRequest(String email, String password, String organizationId) {
}
