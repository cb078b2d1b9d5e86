package io.orgkit.api.event;

import java.time.Instant;
import java.util.Map;

import io.orgkit.api.audit.AuditActorView;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.audit.FieldChange;

/**
 * A user joined the organization, by accepting an invitation or through a verified domain of its email (the actor
 * is then that user). Target: the membership (id, the user's email); changes: {@code userId} and {@code role}.
 * Audit action {@code member.joined}.
 *
 * @param eventId        the audit event's id; never {@code null}
 * @param occurredAt     when; never {@code null}
 * @param organizationId the organization; never {@code null}
 * @param actor          who; never {@code null}
 * @param target         what it was done to; never {@code null}
 * @param changes        the fields before and after, by name (never a secret); never {@code null}
 */
public record MemberJoined(String eventId, Instant occurredAt, String organizationId, AuditActorView actor,
        AuditTarget target, Map<String, FieldChange> changes) implements OrganizationEvent {

    /** The audit action this event stands for. */
    public static final String ACTION = "member.joined";

    @Override
    public String action() {
        return ACTION;
    }
}
