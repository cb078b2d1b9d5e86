package io.orgkit.api.invitation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/invitations/accept}.
 *
 * @param token    required: the invitation token, {@code orgi_…}
 * @param name     required only when no user with the invited email exists: the new user's display name, 1 to 100
 *                 characters; ignored otherwise
 * @param password required only when no user with the invited email exists: 8 to 256 characters; ignored otherwise
 */
public record AcceptInvitationRequest(@Schema(required = true, maxLength = 100) String token, @Schema(minLength = 1, maxLength = 100, description = "for a new user") String name, @Schema(minLength = 8, maxLength = 256, description = "for a new user") String password) {
}
