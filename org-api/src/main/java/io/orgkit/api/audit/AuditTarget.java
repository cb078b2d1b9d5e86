package io.orgkit.api.audit;

import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an audit event's action was done to.
 *
 * @param type what kind of thing: {@code organization}, {@code member}, {@code role}, {@code invitation},
 *             {@code api_key}, {@code session}, {@code user}; never {@code null}
 * @param id   its id, or {@code null} when it has none (a failed login for an unknown email)
 * @param name how people recognize it (an email, a role's or key's name), as it was at the time, or {@code null}
 */
public record AuditTarget(
        @Schema(maxLength = 32) String type,
        @Schema(nullable = true, maxLength = 64) String id,
        @Schema(nullable = true, maxLength = 300) String name) {

    /**
     * @throws NullPointerException if {@code type} is {@code null}
     */
    public AuditTarget {
        Objects.requireNonNull(type, "type");
    }
}
