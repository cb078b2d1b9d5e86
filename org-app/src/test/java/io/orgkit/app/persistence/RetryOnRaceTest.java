package io.orgkit.app.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A request the database rolls back to settle a race is run again, once, in a new transaction (RetryOnRace), and
 * answered as if it had simply waited. The race is a real deadlock on MariaDB, forced: a second connection holds the
 * member's row, waits until the request waits for it, then asks for the organization's row the request holds. The
 * second connection has written more, so InnoDB rolls the request back (it picks the transaction that changed fewer
 * rows). On a Galera cluster the same error, 1213, is how a node answers a transaction that lost certification.
 */
@SharedServer
class RetryOnRaceTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;

    @Test
    void aDemotionRolledBackByADeadlockIsRetriedAndDoneOnce() throws Exception {
        assumeTrue(System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:"), "a deadlock needs MariaDB's InnoDB");
        Api api = new Api(target);
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member other = fixtures.memberWithSession(org, "Admin");
        CompletableFuture<Integer> answer;
        try (Connection blocker = DriverManager.getConnection(System.getProperty("org.db.url"),
                System.getProperty("org.db.user"), System.getProperty("org.db.password", ""))) {
            blocker.setAutoCommit(false);
            // Weight: 200 rows written (and rolled back at the end), so that the request is the deadlock's victim.
            try (PreparedStatement weight = blocker.prepareStatement(
                    "INSERT INTO orgkit_throttle (throttle_key, window_started_at, failures) VALUES (?, ?, 0)")) {
                for (int i = 0; i < 200; i++) {
                    weight.setString(1, "retry-on-race-test-" + org + "-" + i);
                    weight.setTimestamp(2, Timestamp.from(Instant.now()));
                    weight.addBatch();
                }
                weight.executeBatch();
            }
            lock(blocker, "SELECT id FROM orgkit_membership WHERE id = ? FOR UPDATE", other.membershipId());

            answer = CompletableFuture.supplyAsync(() -> Api.status(api.patch("/api/organizations/members/"
                    + other.membershipId(), admin.token(), obj("role", "Member"))));
            // The request holds the organization's row and waits for the member's.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (waiting(blocker) == 0) {
                assertTrue(System.nanoTime() < deadline, () -> "the request never waited for the member's row: "
                        + sessions(blocker));
                assertFalse(answer.isDone(), () -> "answered before it waited: " + answer.join());
                Thread.sleep(20);
            }
            // The cycle: InnoDB rolls the request back at once, and this statement gets the organization's row.
            lock(blocker, "SELECT id FROM orgkit_organization WHERE id = ? FOR UPDATE", org);
            assertFalse(answer.isDone(), "the retried request waits for the organization's row, not answered yet");
            blocker.rollback();
        }
        assertEquals(200, answer.get(30, TimeUnit.SECONDS), "the request is retried and succeeds");
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE id = ? AND role_name = 'Member'",
                other.membershipId()));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_audit_event WHERE organization_id = ? "
                + "AND action = 'member.role_changed'", org), "the lost attempt left nothing behind");
    }

    private static void lock(Connection connection, String sql, String id) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            statement.executeQuery().close();
        }
    }

    private static String sessions(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT command, state, LEFT(info, 120) FROM information_schema.processlist WHERE db = DATABASE()");
             ResultSet rows = statement.executeQuery()) {
            StringBuilder text = new StringBuilder();
            while (rows.next()) {
                text.append('[').append(rows.getString(1)).append(", ").append(rows.getString(2)).append(", ")
                        .append(rows.getString(3)).append("] ");
            }
            return text.toString();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static int waiting(Connection connection) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(
                // The request's update of the member's row, running: only this connection's lock can hold it up.
                "SELECT COUNT(*) FROM information_schema.processlist WHERE db = DATABASE() AND command = 'Query' "
                        + "AND info LIKE 'UPDATE orgkit_membership%'");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
