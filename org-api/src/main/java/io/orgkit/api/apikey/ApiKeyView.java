package io.orgkit.api.apikey;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A listed API key: never its secret.
 *
 * @param id         UUID
 * @param name       what the key is for
 * @param role       the organization role it acts with; the key never holds more than its creator holds now
 * @param prefix     the first characters of the key, to recognise it
 * @param createdAt  when it was created
 * @param expiresAt  when it stops working: its own expiry or, when the organization sets a maximum key lifetime, the
 *                   end of that lifetime if earlier; {@code null} for never
 * @param lastUsedAt when it last authenticated a request (to the minute), or {@code null}
 * @param createdBy  the user who created it, or {@code null} when that user no longer exists
 */
public record ApiKeyView(String id, String name, String role, String prefix, Instant createdAt,
                         @Schema(nullable = true, description = "null: never expires") Instant expiresAt,
                         @Schema(nullable = true, description = "null: never used") Instant lastUsedAt,
                         @Schema(nullable = true, description = "null: the key was made by the host application's "
                                 + "own code") ApiKeyCreator createdBy) {
}
