package io.orgkit.api.webhook;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook just created, with its signing secret: shown this once.
 *
 * @param id        its id
 * @param url       where deliveries go
 * @param events    the actions it receives (empty: every event)
 * @param secret    the signing secret, {@code whsec_} and base64 (Standard Webhooks); shown only here
 * @param createdAt when it was created
 */
public record CreatedWebhook(String id, String url, List<String> events,
                             @Schema(description = "the signing secret, shown only once") String secret,
                             Instant createdAt) {
}
