package io.orgkit.api.event;

import java.time.Instant;
import java.util.Map;

import io.orgkit.api.audit.AuditActorView;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.audit.FieldChange;

/**
 * An API key was created (never its secret). Target: the key (id, name); changes: {@code name}, {@code role}, {@code prefix}, {@code expiresAt}.
 * Audit action {@code api_key.created}.
 *
 * @param eventId        the audit event's id; never {@code null}
 * @param occurredAt     when; never {@code null}
 * @param organizationId the organization; never {@code null}
 * @param actor          who; never {@code null}
 * @param target         what it was done to; never {@code null}
 * @param changes        the fields before and after, by name (never a secret); never {@code null}
 */
public record ApiKeyCreated(String eventId, Instant occurredAt, String organizationId, AuditActorView actor,
        AuditTarget target, Map<String, FieldChange> changes) implements OrganizationEvent {

    /** The audit action this event stands for. */
    public static final String ACTION = "api_key.created";

    @Override
    public String action() {
        return ACTION;
    }
}
