package io.orgkit.app.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.orgkit.api.event.MemberJoined;
import io.orgkit.api.event.OrganizationEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * A host application's observers of the module's typed events, as the module's documentation tells a host to write
 * them: after the commit.
 */
@ApplicationScoped
public class ObservedEvents {
    private final List<OrganizationEvent> all = new CopyOnWriteArrayList<>();
    private final List<MemberJoined> joins = new CopyOnWriteArrayList<>();

    void onAny(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganizationEvent event) {
        all.add(event);
    }

    void onJoin(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberJoined joined) {
        joins.add(joined);
    }

    /** Every event observed for the organization, in the order observed. */
    public List<OrganizationEvent> of(String organizationId) {
        return all.stream().filter(e -> e.organizationId().equals(organizationId)).toList();
    }

    /** The joins observed for the organization. */
    public List<MemberJoined> joinsOf(String organizationId) {
        return joins.stream().filter(e -> e.organizationId().equals(organizationId)).toList();
    }
}
