package io.orgkit.api.auth;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new session. The token is shown this once; only its hash is stored.
 *
 * @param token          the session token, {@code orgs_…}
 * @param expiresAt      the absolute expiry (the idle timeout may end it earlier)
 * @param user           who is logged in
 * @param organizationId the active organization, or {@code null} when the user belongs to none
 */
public record LoginResponse(String token, Instant expiresAt, UserView user, @Schema(nullable = true, description = "the active organization; null when the user belongs to none") String organizationId) {
}
