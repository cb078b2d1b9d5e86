package io.orgkit.impl.kernel;

import io.orgkit.api.audit.AuditEventView;
import io.orgkit.api.event.OrganizationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hands every organization-level audit event to the host application as its typed {@link OrganizationEvent}, fired in
 * the same transaction: the host's {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} observers run after the
 * commit, and never for a change that rolled back.
 */
@ApplicationScoped
public class HostEvents {
    private Event<OrganizationEvent> typed;

    /**
     * For the container's client proxy.
     */
    protected HostEvents() {
    }

    @Inject
    public HostEvents(Event<OrganizationEvent> typed) {
        this.typed = typed;
    }

    void announce(@Observes AuditEventView recorded) {
        // The event's runtime type (MemberJoined, …) is what observers of that type match.
        OrganizationEvent.of(recorded).ifPresent(typed::fire);
    }
}
