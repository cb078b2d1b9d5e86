package io.orgkit.api.account;

import io.orgkit.api.validation.DisplayName;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PATCH /api/account}: what a user may change about themselves. The email is the user's name at the module and
 * at the identity provider, so it is not changed here.
 *
 * @param name required: the display name, 1 to 100 visible characters
 */
public record UpdateProfileRequest(
        @NotNull @DisplayName(max = 100) @Schema(required = true, minLength = 1, maxLength = 100) String name) {
}
