package io.orgkit.api.invitation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/invitations/lookup}.
 *
 * @param token required: the invitation token from the email, {@code orgi_…}
 */
public record InvitationTokenRequest(@NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String token) {
}
