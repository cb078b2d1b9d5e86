package io.orgkit.impl.kernel;

import java.util.Map;
import java.util.logging.Logger;

import io.orgkit.api.audit.AuditActorView;
import io.orgkit.api.audit.AuditEventView;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.audit.FieldChange;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import static io.orgkit.impl.json.CachedJsonProvider.JSON;

/**
 * Writes the audit log: one event per change, in the transaction that makes the change, so an event exists exactly
 * when its change was committed. Every service that changes something calls one of the {@code record} methods once,
 * after its checks passed and before it returns: auditing a new operation is that one line.
 *
 * <p>The event is also fired, inside the transaction, as an {@link AuditEventView}: {@link HostEvents} turns it into
 * the typed event host applications observe after the commit.
 */
@ApplicationScoped
public class AuditTrail {
    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final int MAX_NAME = 300;

    @Inject
    @OrgUnit
    private EntityManager em;
    private SystemTime time;
    private Instance<RequestOrigin> origin;
    private Event<AuditEventView> recorded;

    /**
     * For the container's client proxy.
     */
    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(SystemTime time, Instance<RequestOrigin> origin, Event<AuditEventView> recorded) {
        this.time = time;
        this.origin = origin;
        this.recorded = recorded;
    }

    /**
     * Records a change made in an organization by the scope's actor.
     *
     * @param scope   the organization and who acted
     * @param action  a name from {@link io.orgkit.api.audit.AuditActions}
     * @param target  what was changed
     * @param changes the fields before and after (never a secret)
     * @return the event
     */
    @Transactional
    public AuditEventView record(OrganizationScope scope, String action, AuditTarget target, AuditChanges changes) {
        return record(scope.actor(), scope.organizationId(), action, target, changes);
    }

    /**
     * Records a change.
     *
     * @param actor          who acted, or {@code null} for an anonymous caller (a failed login)
     * @param organizationId the organization it concerns, or {@code null} for a platform event
     * @param action         a name from {@link io.orgkit.api.audit.AuditActions}
     * @param target         what was changed
     * @param changes        the fields before and after (never a secret)
     * @return the event
     */
    @Transactional
    public AuditEventView record(Actor actor, String organizationId, String action, AuditTarget target,
                                 AuditChanges changes) {
        AuditActorView who = actor(actor);
        RequestOrigin from = currentOrigin();
        AuditEventView event = new AuditEventView(Ids.newId(), time.now(), organizationId, action, who,
                new AuditTarget(target.type(), target.id(), clip(target.name())), changes.asMap(),
                from == null ? null : from.clientAddress(), from == null ? null : clip(from.userAgent()),
                from == null ? null : from.requestId());
        em.persist(new AuditEventEntity(event.id(), event.occurredAt(), organizationId, action, who.type(), who.id(),
                who.userId(), who.name(), who.superAdmin(), event.target().type(), event.target().id(),
                event.target().name(), json(event.changes()), event.clientAddress(), event.userAgent(),
                event.requestId()));
        recorded.fire(event);
        return event;
    }

    private static AuditActorView actor(Actor actor) {
        if (actor == null) {
            return new AuditActorView("anonymous", null, null, null, false);
        }
        String name = clip(actor.displayName());
        return switch (actor.kind()) {
            case SESSION, IDENTITY_TOKEN -> new AuditActorView("user", actor.userId(), actor.userId(), name, actor.superAdmin());
            case API_KEY -> new AuditActorView("api_key", actor.id(), actor.userId(), name, false);
            case SYSTEM -> new AuditActorView("system", null, null, name, false);
        };
    }

    private RequestOrigin currentOrigin() {
        if (!origin.isResolvable()) {
            return null;
        }
        try {
            RequestOrigin current = origin.get();
            current.requestId(); // touches the request-scoped bean: fails here outside a request
            return current;
        } catch (ContextNotActiveException e) {
            LOG.finest("Audit event outside a request: no origin");
            return null;
        }
    }

    private static String json(Map<String, FieldChange> changes) {
        if (changes.isEmpty()) {
            return null;
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
        changes.forEach((field, change) -> {
            JsonObjectBuilder pair = JSON.createObjectBuilder();
            if (change.before() == null) {
                pair.addNull("before");
            } else {
                pair.add("before", change.before());
            }
            if (change.after() == null) {
                pair.addNull("after");
            } else {
                pair.add("after", change.after());
            }
            object.add(field, pair);
        });
        return object.build().toString();
    }

    private static String clip(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= MAX_NAME) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_NAME - 1)) + "…";
    }
}
