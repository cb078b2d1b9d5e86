package io.orgkit.api.auth;

import java.time.Instant;
import java.util.List;

/**
 * {@code PUT /api/auth/session/organization}: the session after a switch of organization. Switching ends the calling
 * session and opens a new one with a new token (shown this once), so that a token seen before the switch cannot act in
 * the organization chosen after it. The new session keeps the old one's absolute expiry.
 *
 * @param token          the new session token, {@code orgs_…}; the old one stopped working
 * @param expiresAt      the absolute expiry, the old session's
 * @param user           the session's user
 * @param organizationId the active organization now
 * @param memberships    every organization of the user, oldest membership first
 */
public record SwitchedSession(String token, Instant expiresAt, UserView user, String organizationId,
                              List<MembershipSummary> memberships) {
    /**
     * Copies the memberships.
     */
    public SwitchedSession {
        memberships = List.copyOf(memberships);
    }
}
