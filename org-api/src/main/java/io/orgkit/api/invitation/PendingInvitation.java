package io.orgkit.api.invitation;

import java.time.Instant;

/**
 * A pending invitation to the signed-in user's email, as its recipient sees it. Never carries the token.
 *
 * @param id           the invitation
 * @param organization the organization it leads to
 * @param role         the role offered
 * @param invitedBy    who invited, as shown to people
 * @param expiresAt    when it stops working
 */
public record PendingInvitation(String id, InvitationOrganization organization, String role, String invitedBy,
                                Instant expiresAt) {
}
