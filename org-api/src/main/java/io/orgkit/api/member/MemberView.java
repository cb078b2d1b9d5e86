package io.orgkit.api.member;

import java.time.Instant;

/**
 * A member of the caller's organization, as the API shows it.
 *
 * @param id       the membership's id (UUID): what {@code /api/organizations/members/{memberId}} takes; never {@code null}
 * @param userId   the user's platform-wide id; never {@code null}
 * @param email    the user's email, lower case; never {@code null}
 * @param name     the user's display name; never {@code null}
 * @param role     the canonical name of the role held (a system role or an organization role); never {@code null}
 * @param joinedAt when the user joined the organization; never {@code null}
 */
public record MemberView(String id, String userId, String email, String name, String role, Instant joinedAt) {
}
