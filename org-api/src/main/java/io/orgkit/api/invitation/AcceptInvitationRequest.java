package io.orgkit.api.invitation;

/**
 * {@code POST /api/invitations/accept}.
 *
 * @param token    required: the invitation token, {@code orgi_…}
 * @param name     required only when no user with the invited email exists: the new user's display name, 1 to 100
 *                 characters; ignored otherwise
 * @param password required only when no user with the invited email exists: 8 to 256 characters; ignored otherwise
 */
public record AcceptInvitationRequest(String token, String name, String password) {
}
