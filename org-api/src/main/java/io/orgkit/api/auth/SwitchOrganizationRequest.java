package io.orgkit.api.auth;

import io.orgkit.api.validation.Uuid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PUT /api/auth/session/organization}.
 *
 * @param organizationId required: an organization the session's user belongs to
 */
public record SwitchOrganizationRequest(@NotNull @Uuid @Schema(required = true, format = "uuid", maxLength = 36) String organizationId) {
}
