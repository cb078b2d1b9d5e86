package io.orgkit.api.auth;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code GET /api/auth/session}: who the session is, and where.
 *
 * @param user           the session's user
 * @param organizationId the active organization, or {@code null}
 * @param memberships    every organization of the user, oldest membership first
 * @param expiresAt      the absolute expiry
 */
public record SessionView(UserView user,
                          @Schema(nullable = true, description = "the active organization; null when there is none") String organizationId, List<MembershipSummary> memberships, Instant expiresAt) {
    /**
     * Copies the memberships.
     */
    public SessionView {
        memberships = List.copyOf(memberships);
    }
}
