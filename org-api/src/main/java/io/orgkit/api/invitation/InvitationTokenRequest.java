package io.orgkit.api.invitation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /api/invitations/lookup}.
 *
 * @param token required: the invitation token from the email, {@code orgi_…}
 */
public record InvitationTokenRequest(@Schema(required = true, maxLength = 100) String token) {
}
