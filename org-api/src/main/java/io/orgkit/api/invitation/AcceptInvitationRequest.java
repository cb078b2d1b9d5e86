package io.orgkit.api.invitation;

import io.orgkit.api.validation.DisplayName;
import io.orgkit.api.validation.Password;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/invitations/accept}.
 *
 * @param token    required: the invitation token, {@code orgi_…}
 * @param name     required only when no user with the invited email exists: the new user's display name, 1 to 100
 *                 characters; ignored otherwise
 * @param password required only when no user with the invited email exists: 8 to 256 characters; ignored otherwise
 */
public record AcceptInvitationRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, maxLength = 200) String token,
        @DisplayName(max = 100) @Schema(minLength = 1, maxLength = 100, description = "for a new user") String name,
        @Password @Schema(minLength = Password.MIN, maxLength = Password.MAX, description = "for a new user")
        String password) {
}
