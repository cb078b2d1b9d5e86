package io.orgkit.api.account;

import io.orgkit.api.validation.MaxCodePoints;
import io.orgkit.api.validation.Password;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/account/password-reset/complete}.
 *
 * @param token       required: the {@code orgr_…} token of the reset email
 * @param newPassword required: 8 to 256 characters
 */
public record CompletePasswordResetRequest(
        @NotBlank @MaxCodePoints(100) @Schema(required = true, minLength = 1, maxLength = 100) String token,
        @NotNull @Password @Schema(required = true, minLength = Password.MIN, maxLength = Password.MAX) String newPassword) {
}
