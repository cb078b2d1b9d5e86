package io.orgkit.app.invitation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.outcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Exactly once under concurrency, over real HTTP on the real database: concurrent accepts of one token make one
 * membership (the rest 410), concurrent invitations of one email make one pending invitation (the rest 409).
 */
@SharedServer
class InvitationRaceTest {
    private static final int THREADS = 6;
    private static final int ROUNDS = 4;

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void concurrentAcceptsOfOneTokenMakeOneMembership() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String org = fixtures.organization();
            Fixtures.TestUser invitee = fixtures.user();
            InvitationFixtures.Issued issued = invitations.issue(org, invitee.email(), "Member");
            List<String> sessions = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                sessions.add(fixtures.login(invitee, null));
            }
            String ip = InvitationFixtures.clientIp();
            List<Api.Outcome> outcomes = race(i -> outcome(api.postFrom(ip, "/api/invitations/accept", sessions.get(i),
                    obj("token", issued.token()))));
            assertEquals(1, outcomes.stream().filter(o -> o.is(200)).count(), outcomes.toString());
            assertEquals(THREADS - 1, outcomes.stream().filter(o -> o.is(410)).count(), outcomes.toString());
            assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND user_id = ?",
                    org, invitee.id()));
        }
    }

    @Test
    void concurrentAcceptsThatCreateTheUserMakeOneUser() throws Exception {
        for (int round = 0; round < 2; round++) {
            String org = fixtures.organization();
            String email = Fixtures.unique("racer") + "@example.test";
            InvitationFixtures.Issued issued = invitations.issue(org, email, "Viewer");
            String ip = InvitationFixtures.clientIp();
            List<Api.Outcome> outcomes = race(i -> outcome(api.postFrom(ip, "/api/invitations/accept", null,
                    obj("token", issued.token(), "name", "Racer " + i, "password", "long-enough-" + i))));
            assertEquals(1, outcomes.stream().filter(o -> o.is(200)).count(), outcomes.toString());
            assertEquals(THREADS - 1, outcomes.stream().filter(o -> o.is(410)).count(), outcomes.toString());
            assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE email = ?", email));
            assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ?", org));
        }
    }

    @Test
    void concurrentInvitationsOfOneEmailMakeOnePendingInvitation() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String org = fixtures.organization();
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                tokens.add(fixtures.memberWithSession(org, "Admin").token());
            }
            String email = Fixtures.unique("twice") + "@example.test";
            List<Api.Outcome> outcomes = race(i -> outcome(api.post("/api/organizations/invitations", tokens.get(i),
                    obj("email", email))));
            assertEquals(1, outcomes.stream().filter(o -> o.is(201)).count(), outcomes.toString());
            assertEquals(THREADS - 1, outcomes.stream().filter(o -> o.is(409)).count(), outcomes.toString());
            assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ? AND email = ?",
                    org, email));
            assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_mail_outbox o JOIN orgkit_invitation i "
                    + "ON o.invitation_id = i.id WHERE i.organization_id = ?", org));
        }
    }

    interface Attempt {
        Api.Outcome run(int index) throws Exception;
    }

    private static List<Api.Outcome> race(Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int index = i;
                Callable<Api.Outcome> task = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Api.Outcome> outcomes = new ArrayList<>();
            for (Future<Api.Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
