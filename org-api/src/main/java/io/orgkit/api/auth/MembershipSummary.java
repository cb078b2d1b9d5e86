package io.orgkit.api.auth;

/**
 * One organization a user belongs to.
 *
 * @param organizationId the organization
 * @param name           its name
 * @param role           the role the user holds there
 */
public record MembershipSummary(String organizationId, String name, String role) {
}
