package io.orgkit.api.account;

import io.orgkit.api.validation.MaxCodePoints;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/account/password-reset}.
 *
 * @param email required: the account's email, any case
 */
public record PasswordResetRequest(
        @NotBlank @MaxCodePoints(254) @Schema(required = true, format = "email", maxLength = 254) String email) {
}
