package io.orgkit.api.webhook;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event's delivery to one webhook: its line in the delivery log.
 *
 * @param id               the delivery's id: the {@code webhook-id} header, the same on every attempt
 * @param eventId          the audit event delivered
 * @param action           its action
 * @param status           {@code pending}, {@code delivered} or {@code failed} (given up)
 * @param attempts         attempts so far
 * @param lastResponseCode the receiver's HTTP status on the last attempt, or {@code null} (none yet, or no answer)
 * @param lastError        what went wrong on the last attempt, or {@code null}
 * @param nextAttemptAt    when it is tried next, or {@code null} once settled
 * @param createdAt        when the event was queued
 * @param deliveredAt      when the receiver accepted it, or {@code null}
 */
public record WebhookDeliveryView(String id, String eventId, String action,
                                  @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
                                  @Schema(minimum = "0", maximum = "1000") int attempts,
                                  @Schema(nullable = true, minimum = "100", maximum = "599") Integer lastResponseCode,
                                  @Schema(nullable = true) String lastError,
                                  @Schema(nullable = true) Instant nextAttemptAt, Instant createdAt,
                                  @Schema(nullable = true) Instant deliveredAt) {
}
