package io.orgkit.app.audit;

import java.util.List;
import java.util.Set;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.event.InvitationAccepted;
import io.orgkit.api.event.InvitationCreated;
import io.orgkit.api.event.InvitationDeclined;
import io.orgkit.api.event.MemberJoined;
import io.orgkit.api.event.MemberLeft;
import io.orgkit.api.event.MemberRoleChanged;
import io.orgkit.api.event.OrganizationEvent;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.AuditFixtures;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.ObservedEvents;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A host application observes the module's typed events after the commit, as docs/audit-and-webhooks.md tells it to.
 */
@SharedServer
class HostEventsTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    @Inject
    AuditFixtures audit;
    @Inject
    AuditTrail trail;
    @Inject
    ObservedEvents observed;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void hostObservesATypedEventForEachCommittedChange() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String member = fixtures.member(org, fixtures.user(), "Member");
        assertEquals(200, status(api.patch("/api/organizations/members/" + member, admin.token(), obj("role", "Viewer"))));

        List<OrganizationEvent> events = observed.of(org);
        assertEquals(1, events.size(), events.toString());
        MemberRoleChanged changed = assertInstanceOf(MemberRoleChanged.class, events.getFirst());
        assertEquals(AuditActions.MEMBER_ROLE_CHANGED, changed.action());
        assertEquals(member, changed.target().id());
        assertEquals(admin.user().id(), changed.actor().id());
        assertEquals("Viewer", changed.changes().get("role").after());
        assertEquals(audit.ofOrganization(org).getLast().id(), changed.eventId(), "the audit event's id");
    }

    @Test
    void anAcceptedInvitationIsObservedAsAcceptedThenJoined() {
        String org = fixtures.organization();
        var issued = invitations.issue(org, Fixtures.unique("joiner") + "@example.test", "Viewer");
        assertEquals(200, status(api.post("/api/invitations/accept", null,
                obj("token", issued.token(), "name", "Joiner", "password", Fixtures.PASSWORD))));

        // Observers after the commit run in no particular order: the events' ids give the order of the changes.
        List<OrganizationEvent> events = observed.of(org).stream()
                .sorted(java.util.Comparator.comparing(OrganizationEvent::eventId)).toList();
        assertEquals(List.of(InvitationCreated.class, InvitationAccepted.class, MemberJoined.class),
                events.stream().map(Object::getClass).toList());
        MemberJoined joined = observed.joinsOf(org).getFirst();
        assertEquals("Viewer", joined.changes().get("role").after());
        assertEquals(joined.actor().id(), joined.changes().get("userId").after());
    }

    @Test
    void aMemberWhoLeavesAndAnInvitationDeclinedFromTheAccountAreObserved() {
        String org = fixtures.organization();
        Member leaver = fixtures.memberWithSession(org, "Member");
        assertEquals(204, status(api.delete("/api/account/organizations/" + org, leaver.token())));
        String declined = invitations.issue(org, leaver.user().email(), "Viewer").id();
        assertEquals(204, status(api.delete("/api/account/invitations/" + declined, leaver.token())));

        List<OrganizationEvent> events = observed.of(org).stream()
                .sorted(java.util.Comparator.comparing(OrganizationEvent::eventId)).toList();
        assertEquals(List.of(MemberLeft.class, InvitationCreated.class, InvitationDeclined.class),
                events.stream().map(Object::getClass).toList());
        MemberLeft left = (MemberLeft) events.getFirst();
        assertEquals(AuditActions.MEMBER_LEFT, left.action());
        assertEquals(leaver.membershipId(), left.target().id());
        assertEquals(leaver.user().id(), left.actor().id(), "the member who left is the actor");
        assertEquals("Member", left.changes().get("role").before());
        InvitationDeclined decline = (InvitationDeclined) events.getLast();
        assertEquals(declined, decline.target().id());
        assertEquals(leaver.user().id(), decline.actor().id());
        assertEquals("declined", decline.changes().get("status").after());
    }

    @Test
    void aChangeThatRollsBackIsNeitherObservedNorRecorded() {
        String org = fixtures.organization();
        OrganizationScope scope = new OrganizationScope(org, Actor.system("host-job"), null, Set.of());
        assertThrows(IllegalStateException.class, () -> fixtures.inTransaction(() -> {
            trail.record(scope, AuditActions.ROLE_CREATED, new AuditTarget("role", null, "Doomed"),
                    AuditChanges.of("name", null, "Doomed"));
            throw new IllegalStateException("the change fails after its audit event was written");
        }));
        assertTrue(observed.of(org).isEmpty());
        assertTrue(audit.ofOrganization(org).isEmpty());
    }
}
