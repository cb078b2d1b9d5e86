package io.orgkit.app.invitation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.SmtpServer;
import io.orgkit.impl.mail.MailDispatcher;
import io.orgkit.impl.mail.MailSettings;
import io.orgkit.impl.mail.OutboxClaims;
import io.orgkit.impl.mail.SmtpMailSender;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox against a real SMTP server that goes down and comes back, with more than one dispatcher on one database.
 */
@SharedServer
class MailOutboxTest {
    static final SmtpServer SMTP = SmtpServer.shared();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    @Inject
    OutboxClaims claims;
    @Inject
    MailDispatcher dispatcher;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void smtpOutageLosesNothingAndSendsEachEmailOnce() throws Exception {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        SMTP.stop();
        List<String> emails = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String revokedEmail = Fixtures.unique("revoked") + "@example.test";
        String revokedId;
        try {
            for (int i = 0; i < 3; i++) {
                String email = Fixtures.unique("outage") + "@example.test";
                emails.add(email);
                ids.add(body(api.post("/api/organizations/invitations", admin.token(), obj("email", email))).getString("id"));
            }
            revokedId = body(api.post("/api/organizations/invitations", admin.token(), obj("email", revokedEmail))).getString("id");
            assertEquals(204, api.delete("/api/organizations/invitations/" + revokedId, admin.token()).getStatus());
            // Wait until every email failed at least twice, its error recorded.
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline && !ids.stream().allMatch(id ->
                    ((Number) invitations.outboxRows(id).getFirst()[1]).intValue() >= 2)) {
                Thread.sleep(100);
            }
            for (String id : ids) {
                Object[] row = invitations.outboxRows(id).getFirst();
                assertEquals("PENDING", row[0]);
                assertTrue(((Number) row[1]).intValue() >= 2, "attempts " + row[1]);
                assertNotNull(row[2], "the last error is recorded");
            }
        } finally {
            SMTP.start();
        }
        for (String email : emails) {
            assertEquals(1, SMTP.awaitMessagesTo(email, 1, Duration.ofSeconds(15)).size(), email);
        }
        long settled = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < settled
                && !ids.stream().allMatch(id -> "SENT".equals(invitations.outboxRows(id).getFirst()[0]))) {
            Thread.sleep(50);
        }
        for (String id : ids) {
            assertEquals("SENT", invitations.outboxRows(id).getFirst()[0]);
        }
        // A late duplicate could only come from a later round that takes a sent row again: run one to its end now
        // rather than wait for the scheduled ones.
        dispatcher.dispatchOnce();
        for (String email : emails) {
            assertEquals(1, SMTP.messagesTo(email).size(), "exactly once: " + email);
        }
        assertEquals(0, SMTP.messagesTo(revokedEmail).size(), "a revoked invitation's email is never sent");
        assertEquals("CANCELLED", invitations.outboxRows(revokedId).getFirst()[0]);
    }

    @Test
    void threeDispatchersOnOneDatabaseSendEachEmailOnce() throws Exception {
        int count = 40;
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String recipient = Fixtures.unique("node") + "@example.test";
            recipients.add(recipient);
            invitations.enqueue(recipient, "Mail " + i);
        }
        // The container's own dispatcher runs too: three nodes race for the same rows.
        List<MailDispatcher> nodes = List.of(node("node-a"), node("node-b"));
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (MailDispatcher node : nodes) {
                sent.add(pool.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int round = 0; round < 20; round++) {
                        total += node.dispatchOnce();
                    }
                    return total;
                }));
            }
            start.countDown();
            for (Future<Integer> future : sent) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String recipient : recipients) {
            assertEquals(1, SMTP.awaitMessagesTo(recipient, 1, Duration.ofSeconds(15)).size(), recipient);
        }
        Thread.sleep(1000);
        for (String recipient : recipients) {
            assertEquals(1, SMTP.messagesTo(recipient).size(), "exactly once: " + recipient);
        }
    }

    private MailDispatcher node(String nodeId) {
        MailSettings settings = new MailSettings("127.0.0.1", false, false, SMTP.port(), "", "", false, "orgkit@localhost",
                Duration.ofMillis(100), Duration.ofMinutes(5), Duration.ofMillis(200), Duration.ofMillis(500), 100, nodeId);
        return new MailDispatcher(claims, settings, new SmtpMailSender(settings));
    }
}
