package io.orgkit.impl.persistence;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTransientConnectionException;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which failures mean the database cannot be reached (and turn every request into a fast 503 until it answers), and
 * which do not: a busy pool, a bad statement, a client that hung up.
 */
class DatabaseAvailabilityTest {
    @Test
    void aBrokenOrRefusedConnectionIsAnOutage() {
        assertTrue(DatabaseAvailability.unreachable(new PersistenceException(
                new SQLNonTransientConnectionException("Socket error", "08000"))));
        assertTrue(DatabaseAvailability.unreachable(new SQLException("Communications link failure", "08S01")));
        // What HikariCP throws when it could not connect within its timeout: the last connection error as the cause.
        assertTrue(DatabaseAvailability.unreachable(new SQLTransientConnectionException(
                "Connection is not available, request timed out after 750ms", "08000",
                new SQLNonTransientConnectionException("Socket fail to connect", "08000", new ConnectException()))));
        assertTrue(DatabaseAvailability.unreachable(new IllegalStateException("The caller could not be authenticated",
                new PersistenceException(new SQLException("read failed", (String) null, new SocketException())))));
    }

    @Test
    void aCommitThatFailedOnABrokenConnectionIsAnOutage() {
        Exception heuristic = new Exception("HeuristicMixedException");
        XAException xa = new XAException(XAException.XAER_RMFAIL);
        xa.initCause(new SQLNonTransientConnectionException("Socket error", "08000"));
        heuristic.addSuppressed(xa);
        assertTrue(DatabaseAvailability.unreachable(heuristic));
    }

    @Test
    void aBusyPoolABadStatementOrAGoneClientIsNot() {
        assertFalse(DatabaseAvailability.unreachable(new SQLTransientConnectionException(
                "Connection is not available, request timed out after 750ms")), "the pool is exhausted by load");
        assertFalse(DatabaseAvailability.unreachable(new PersistenceException(
                new SQLSyntaxErrorException("Table 'orgkit_session' doesn't exist", "42S02"))));
        assertFalse(DatabaseAvailability.unreachable(new java.io.UncheckedIOException(
                new SocketException("Broken pipe"))), "a client that hung up is no database outage");
        assertFalse(DatabaseAvailability.unreachable(new IllegalArgumentException()));
    }
}
