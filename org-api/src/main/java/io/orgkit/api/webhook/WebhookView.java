package io.orgkit.api.webhook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook, never with its secret.
 *
 * @param id             its id
 * @param url            where deliveries go
 * @param events         the actions it receives (empty: every event)
 * @param enabled        whether deliveries are sent
 * @param disabledReason why it was disabled by the module (failing too long), or {@code null}
 * @param failingSince   since when every delivery failed, or {@code null}
 * @param createdAt      when it was created
 */
public record WebhookView(String id, String url, List<String> events, boolean enabled,
                          @Schema(nullable = true) String disabledReason,
                          @Schema(nullable = true) Instant failingSince, Instant createdAt) {
}
