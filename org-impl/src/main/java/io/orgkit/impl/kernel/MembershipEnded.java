package io.orgkit.impl.kernel;

/**
 * A user left an organization (was removed). Fired synchronously, inside the removing transaction, so observers that
 * tidy up after it (sessions with that organization active) commit or roll back with it.
 *
 * @param organizationId the organization
 * @param userId         the user
 */
public record MembershipEnded(String organizationId, String userId) {
}
