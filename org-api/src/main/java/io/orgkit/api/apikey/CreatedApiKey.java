package io.orgkit.api.apikey;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new API key: the only time its secret is shown.
 *
 * @param id        UUID
 * @param name      what the key is for
 * @param role      the organization role it acts with
 * @param prefix    the first characters of the key
 * @param key       the secret, {@code orgk_…}; only its hash is stored
 * @param createdAt when it was created
 * @param expiresAt when it stops working, or {@code null} for never
 */
public record CreatedApiKey(String id, String name, String role, String prefix, String key, Instant createdAt,
                            @Schema(nullable = true, description = "null: never expires") Instant expiresAt) {
}
