package io.orgkit.api.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PUT /api/auth/session/organization}.
 *
 * @param organizationId required: an organization the session's user belongs to
 */
public record SwitchOrganizationRequest(@Schema(required = true, format = "uuid") String organizationId) {
}
