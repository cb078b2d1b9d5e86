package io.orgkit.api.invitation;

/**
 * {@code POST /api/organizations/invitations}.
 *
 * @param email required: an email address, up to 254 characters; compared case-insensitively
 * @param role  optional: a role of the organization (system or its own), within the caller's permissions;
 *              {@code null} or blank means {@code Member}
 */
public record CreateInvitationRequest(String email, String role) {
}
