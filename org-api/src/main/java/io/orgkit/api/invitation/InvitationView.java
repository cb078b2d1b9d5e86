package io.orgkit.api.invitation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * An invitation as its organization sees it. Never carries the token.
 *
 * @param id         UUID
 * @param email      the invited email, lower-cased
 * @param role       the role the invitee will hold, by canonical name
 * @param status     {@code pending}, {@code accepted}, {@code revoked}, {@code declined} (by its recipient) or {@code expired} (a pending invitation past
 *                   {@code expiresAt} reads as expired)
 * @param invitedBy  who invited: the inviting user's email, or {@code "API key <name>"}
 * @param createdAt  when it was created
 * @param expiresAt  when its current token stops working
 * @param lastSentAt when its email was last queued for sending (creation or the latest resend)
 * @param sendCount  how many emails were queued for it: 1, plus one per resend
 * @param redirectUrl where the recipient goes once accepted, or {@code null}
 * @param acceptLink  only in the answer to creating it with {@code sendEmail: false}: the accept link with its token,
 *                    for the host to send; {@code null} everywhere else (the token is never shown again)
 */
public record InvitationView(String id, String email, String role, @Schema(enumeration = {"pending", "accepted", "revoked", "expired", "declined"}) String status, String invitedBy, Instant createdAt,
                             Instant expiresAt, Instant lastSentAt,
                             @Schema(minimum = "0", maximum = "2147483647") int sendCount,
                             @Schema(nullable = true) String redirectUrl,
                             @Schema(nullable = true, description = "the accept link with its token, only when "
                                     + "created with sendEmail false") String acceptLink) {
}
