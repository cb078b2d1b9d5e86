package io.orgkit.api.auth;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of the signed-in user's sessions, as the user sees it in their account. Never carries the token.
 *
 * @param id         the session's id
 * @param createdAt  when it was opened (a login, an organization switch)
 * @param lastSeenAt its last recorded use (recorded at most once a minute)
 * @param expiresAt  its absolute expiry
 * @param userAgent  the {@code User-Agent} of the request that opened it, shortened, or {@code null}
 * @param current    whether it is the calling session
 */
public record SessionSummary(String id, Instant createdAt, Instant lastSeenAt, Instant expiresAt,
                             @Schema(nullable = true) String userAgent, boolean current) {
}
