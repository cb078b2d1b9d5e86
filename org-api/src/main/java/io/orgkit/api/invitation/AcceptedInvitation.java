package io.orgkit.api.invitation;

import java.time.Instant;

import io.orgkit.api.auth.UserView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to accepting an invitation: always the new membership; for a user the invitation created, also a new
 * session exactly like a login's ({@code token}, {@code expiresAt}, {@code user}, {@code organizationId}), whose
 * active organization is the one joined. An existing user accepted with its own session, which it keeps: then
 * {@code token} and {@code expiresAt} are {@code null}.
 *
 * @param membership     the new membership
 * @param token          the new session's token ({@code orgs_…}), shown this once; {@code null} for an existing user
 * @param expiresAt      the new session's absolute expiry; {@code null} for an existing user
 * @param user           the user who joined
 * @param organizationId the organization joined
 * @param redirectUrl    where the invitation asked to send its recipient once accepted (allowed when it was created),
 *                       or {@code null}
 */
public record AcceptedInvitation(InvitationMembership membership, 
        @Schema(nullable = true, description = "a new session for a new user; null when an existing user accepted") String token,
        @Schema(nullable = true, description = "when that session expires; null when an existing user accepted") Instant expiresAt, UserView user,
                                 String organizationId,
        @Schema(nullable = true, description = "where to go now, as the invitation asked") String redirectUrl) {
}
