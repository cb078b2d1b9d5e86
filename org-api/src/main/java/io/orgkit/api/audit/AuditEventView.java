package io.orgkit.api.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One recorded change.
 *
 * @param id             the event's id (UUIDv7: ordered by id is ordered by time); never {@code null}
 * @param occurredAt     when the change was made; never {@code null}
 * @param organizationId the organization it concerns, or {@code null} for a platform event (a failed login)
 * @param action         a stable dotted name from {@link AuditActions}; never {@code null}
 * @param actor          who made it; never {@code null}
 * @param target         what it was made to; never {@code null}
 * @param changes        the fields that changed, by name; empty when none are told; never {@code null}
 * @param clientAddress  the client's address, or {@code null} outside a request
 * @param userAgent      the client's {@code User-Agent}, or {@code null}
 * @param requestId      the request's id ({@code X-Request-Id}, or one the server made up), or {@code null} outside a
 *                       request
 */
public record AuditEventView(
        String id,
        Instant occurredAt,
        @Schema(nullable = true) String organizationId,
        String action,
        AuditActorView actor,
        AuditTarget target,
        Map<String, FieldChange> changes,
        @Schema(nullable = true) String clientAddress,
        @Schema(nullable = true) String userAgent,
        @Schema(nullable = true) String requestId) {

    /**
     * Copies the changes, keeping their order.
     */
    public AuditEventView {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }
}
