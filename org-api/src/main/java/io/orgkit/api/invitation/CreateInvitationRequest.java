package io.orgkit.api.invitation;

import io.orgkit.api.validation.EmailAddress;
import io.orgkit.api.validation.RoleName;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/invitations}.
 *
 * @param email required: an email address, up to 254 characters; compared case-insensitively
 * @param role  optional: a role of the organization (system or its own), within the caller's permissions;
 *              {@code null} means {@code Member}
 */
public record CreateInvitationRequest(
        @NotNull @EmailAddress @Schema(required = true, format = "email", maxLength = EmailAddress.MAX) String email,
        @RoleName @Schema(minLength = 1, maxLength = RoleName.MAX, defaultValue = "Member") String role) {
}
