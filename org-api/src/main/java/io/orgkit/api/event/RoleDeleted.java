package io.orgkit.api.event;

import java.time.Instant;
import java.util.Map;

import io.orgkit.api.audit.AuditActorView;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.audit.FieldChange;

/**
 * An organization role was deleted. Target: the role.
 * Audit action {@code role.deleted}.
 *
 * @param eventId        the audit event's id; never {@code null}
 * @param occurredAt     when; never {@code null}
 * @param organizationId the organization; never {@code null}
 * @param actor          who; never {@code null}
 * @param target         what it was done to; never {@code null}
 * @param changes        the fields before and after, by name (never a secret); never {@code null}
 */
public record RoleDeleted(String eventId, Instant occurredAt, String organizationId, AuditActorView actor,
        AuditTarget target, Map<String, FieldChange> changes) implements OrganizationEvent {

    /** The audit action this event stands for. */
    public static final String ACTION = "role.deleted";

    @Override
    public String action() {
        return ACTION;
    }
}
