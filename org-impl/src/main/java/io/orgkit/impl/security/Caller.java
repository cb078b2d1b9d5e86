package io.orgkit.impl.security;

import java.util.Set;

import io.orgkit.api.error.ResourceNotFoundException;

/**
 * Who is calling, resolved once per request by {@link CallerAuthenticator}.
 *
 * @param userId         the user behind a session, or {@code null} for an API key
 * @param displayName    the user's email, or {@code "API key <name>"}: what the module records as the actor
 * @param superAdmin     whether the caller is a super admin's session
 * @param organizationId the active organization, or {@code null} for a session with none
 * @param role           the role held in that organization, or {@code null} without one
 * @param permissions    the effective permissions of that role (empty without an organization)
 * @param kind           how the caller authenticated
 * @param credentialId   the session's or API key's id
 */
public record Caller(String userId, String displayName, boolean superAdmin, String organizationId, String role,
                     Set<String> permissions, CredentialKind kind, String credentialId) {
    /**
     * Copies the permissions.
     */
    public Caller {
        permissions = Set.copyOf(permissions);
    }

    /**
     * @return the active organization's id
     * @throws ResourceNotFoundException if the caller has none
     */
    public String requireOrganization() {
        if (organizationId == null) {
            throw new ResourceNotFoundException("The session has no active organization: choose one with "
                    + "PUT /api/auth/session/organization");
        }
        return organizationId;
    }

    /**
     * @param permission a permission name
     * @return whether the caller's role grants it
     */
    public boolean holds(String permission) {
        return permissions.contains(permission);
    }
}
