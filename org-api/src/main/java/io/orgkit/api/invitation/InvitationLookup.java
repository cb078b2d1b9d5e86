package io.orgkit.api.invitation;

import java.time.Instant;

/**
 * What the holder of a valid invitation token may see before accepting.
 *
 * @param organization the inviting organization
 * @param email        the invited email (the account that will join)
 * @param role         the role it will hold
 * @param expiresAt    when the token stops working
 * @param invitedBy    who invited
 */
public record InvitationLookup(InvitationOrganization organization, String email, String role, Instant expiresAt,
                               String invitedBy) {
}
