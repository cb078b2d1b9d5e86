package io.orgkit.api.account;

import io.orgkit.api.validation.MaxCodePoints;
import io.orgkit.api.validation.Password;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PUT /api/account/password}.
 *
 * @param currentPassword required: the password now, proving the person at the keyboard owns the account
 * @param newPassword     required: 8 to 256 characters
 */
public record ChangePasswordRequest(
        @NotEmpty @MaxCodePoints(256) @Schema(required = true, minLength = 1, maxLength = 256) String currentPassword,
        @NotNull @Password @Schema(required = true, minLength = Password.MIN, maxLength = Password.MAX) String newPassword) {
}
