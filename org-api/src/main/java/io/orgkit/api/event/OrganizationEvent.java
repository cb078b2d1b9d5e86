package io.orgkit.api.event;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.orgkit.api.audit.AuditActorView;
import io.orgkit.api.audit.AuditEventView;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.audit.FieldChange;

/**
 * A change in an organization, as a CDI event for the host application. The module fires each one in the
 * transaction that makes the change; observe it after the commit, so that what it reports is there to read and a
 * rolled-back change is never seen:
 *
 * <pre>{@code
 * void onJoin(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberJoined joined) {
 *     welcome(joined.organizationId(), joined.changes().get("userId").after());
 * }
 * }</pre>
 *
 * An observer of {@code OrganizationEvent} sees every kind. Each event is also in the audit log, under the same id.
 * Events without an organization-level change (logins, logouts) are not among them; observe
 * {@link AuditEventView} for every audit event, those included.
 */
public sealed interface OrganizationEvent permits OrganizationCreated, OrganizationUpdated, OrganizationDeleted, MemberJoined, MemberRoleChanged, MemberRemoved, MemberLeft, RoleCreated, RoleUpdated, RoleDeleted, InvitationCreated, InvitationResent, InvitationRevoked, InvitationAccepted, InvitationDeclined, ApiKeyCreated, ApiKeyRevoked, ApiKeyPolicyUpdated {

    /** @return the audit event's id (also the id of the webhook delivery it causes); never {@code null} */
    String eventId();

    /** @return the stable dotted name of what happened; never {@code null} */
    String action();

    /** @return when; never {@code null} */
    Instant occurredAt();

    /** @return the organization; never {@code null} */
    String organizationId();

    /** @return who did it; never {@code null} */
    AuditActorView actor();

    /** @return what it was done to; never {@code null} */
    AuditTarget target();

    /** @return the fields before and after; never {@code null} */
    Map<String, FieldChange> changes();

    /**
     * @param event an audit event
     * @return the typed event it stands for, if it is an organization-level change
     */
    static Optional<OrganizationEvent> of(AuditEventView event) {
        if (event.organizationId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (event.action()) {
            case OrganizationCreated.ACTION -> new OrganizationCreated(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case OrganizationUpdated.ACTION -> new OrganizationUpdated(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case OrganizationDeleted.ACTION -> new OrganizationDeleted(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case MemberJoined.ACTION -> new MemberJoined(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case MemberRoleChanged.ACTION -> new MemberRoleChanged(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case MemberRemoved.ACTION -> new MemberRemoved(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case MemberLeft.ACTION -> new MemberLeft(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case RoleCreated.ACTION -> new RoleCreated(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case RoleUpdated.ACTION -> new RoleUpdated(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case RoleDeleted.ACTION -> new RoleDeleted(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case InvitationCreated.ACTION -> new InvitationCreated(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case InvitationResent.ACTION -> new InvitationResent(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case InvitationRevoked.ACTION -> new InvitationRevoked(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case InvitationAccepted.ACTION -> new InvitationAccepted(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case InvitationDeclined.ACTION -> new InvitationDeclined(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case ApiKeyCreated.ACTION -> new ApiKeyCreated(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case ApiKeyRevoked.ACTION -> new ApiKeyRevoked(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            case ApiKeyPolicyUpdated.ACTION -> new ApiKeyPolicyUpdated(event.id(), event.occurredAt(), event.organizationId(), event.actor(),
                    event.target(), event.changes());
            default -> null;
        });
    }
}
