package io.orgkit.api.invitation;

import java.time.Instant;

/**
 * The membership an accepted invitation created.
 *
 * @param id             the membership's UUID (the member id of {@code /api/organizations/members/{memberId}})
 * @param organizationId the organization joined
 * @param userId         the user who joined
 * @param email          the user's email
 * @param name           the user's display name
 * @param role           the role held, the invitation's
 * @param joinedAt       when the invitation was accepted
 */
public record InvitationMembership(String id, String organizationId, String userId, String email, String name,
                                   String role, Instant joinedAt) {
}
