package io.orgkit.api.invitation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/organizations/invitations}.
 *
 * @param email required: an email address, up to 254 characters; compared case-insensitively
 * @param role  optional: a role of the organization (system or its own), within the caller's permissions;
 *              {@code null} or blank means {@code Member}
 */
public record CreateInvitationRequest(@Schema(required = true, format = "email", maxLength = 254) String email, @Schema(maxLength = 64, defaultValue = "Member") String role) {
}
