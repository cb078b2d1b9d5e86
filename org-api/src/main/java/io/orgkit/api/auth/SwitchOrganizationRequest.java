package io.orgkit.api.auth;

/**
 * {@code PUT /api/auth/session/organization}.
 *
 * @param organizationId required: an organization the session's user belongs to
 */
public record SwitchOrganizationRequest(String organizationId) {
}
