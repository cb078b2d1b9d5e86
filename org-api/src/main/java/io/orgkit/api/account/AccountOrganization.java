package io.orgkit.api.account;

import java.time.Instant;

/**
 * One organization the signed-in user belongs to.
 *
 * @param organizationId the organization
 * @param name           its name
 * @param role           the role the user holds there
 * @param joinedAt       when the user joined
 * @param active         whether it is the calling credential's active organization
 */
public record AccountOrganization(String organizationId, String name, String role, Instant joinedAt,
                                  boolean active) {
}
