package io.orgkit.api.invitation;

/**
 * {@code POST /api/invitations/lookup}.
 *
 * @param token required: the invitation token from the email, {@code orgi_…}
 */
public record InvitationTokenRequest(String token) {
}
