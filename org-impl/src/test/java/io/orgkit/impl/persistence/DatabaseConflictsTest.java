package io.orgkit.impl.persistence;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import javax.transaction.xa.XAException;
import java.util.Map;

import io.orgkit.api.error.ConflictException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.HeuristicMixedException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the databases refuse, as MariaDB's and H2's drivers say it, told apart once.
 */
class DatabaseConflictsTest {
    @Test
    void aUniqueKeyViolationIsAConflictOfThatConstraint() {
        // MariaDB: SQLIntegrityConstraintViolationException, error 1062, naming the key.
        PersistenceException mariadb = wrapped(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'x' for key 'uq_orgkit_role_name'", "23000", 1062));
        // H2: SQL state 23505, naming the index in upper or lower case.
        PersistenceException h2 = wrapped(new SQLException(
                "Unique index or primary key violation: \"PUBLIC.UQ_ORGKIT_ROLE_NAME_INDEX_6 ON ...\"", "23505", 23505));
        for (PersistenceException e : new PersistenceException[] {mariadb, h2}) {
            assertEquals(DatabaseConflicts.Kind.CONSTRAINT, DatabaseConflicts.classify(e).orElseThrow());
            assertTrue(DatabaseConflicts.violates(e, "uq_orgkit_role_name"));
            assertFalse(DatabaseConflicts.violates(e, "uq_orgkit_membership"));
            RuntimeException translated = DatabaseConflicts.translate(e, Map.of("uq_orgkit_role_name",
                    () -> new ConflictException("taken")), null);
            assertEquals("taken", translated.getMessage());
        }
    }

    @Test
    void racesAndStaleWritesAreToldApart() {
        assertEquals(DatabaseConflicts.Kind.RACE, DatabaseConflicts.classify(wrapped(
                new SQLException("Deadlock found", "40001", 1213))).orElseThrow());
        assertEquals(DatabaseConflicts.Kind.RACE, DatabaseConflicts.classify(wrapped(
                new SQLException("Concurrent update in table", "90131", 90131))).orElseThrow());
        assertEquals(DatabaseConflicts.Kind.RACE, DatabaseConflicts.classify(wrapped(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205))).orElseThrow());
        assertEquals(DatabaseConflicts.Kind.STALE, DatabaseConflicts.classify(
                new OptimisticLockException("stale")).orElseThrow());
    }

    @Test
    void aCommitRefusedAsADeadlockIsARaceThoughOnlySuppressed() {
        // Galera answers the losing node's COMMIT with a deadlock (1213); the transaction manager reports the failed
        // commit as a rollback with the driver's error attached as suppressed, not as its cause.
        // As seen on a three-node cluster (bench/galera.sh): HeuristicMixedException, suppressed XAException, caused by
        // the driver's SQLTransactionRollbackException.
        XAException resource = new XAException(XAException.XA_HEURMIX);
        resource.initCause(new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting "
                + "transaction", "40001", 1213));
        HeuristicMixedException commit = new HeuristicMixedException();
        commit.addSuppressed(resource);
        assertEquals(DatabaseConflicts.Kind.RACE, DatabaseConflicts.classify(
                new RuntimeException("commit failed", commit)).orElseThrow());
        assertTrue(DatabaseConflicts.rolledBack(new RuntimeException("commit failed", commit)));
        assertFalse(DatabaseConflicts.rolledBack(wrapped(new SQLException("Lock wait timeout exceeded", "HY000", 1205))),
                "a lock wait that timed out has waited enough: not run again");
    }

    @Test
    void aRaceTranslatedIntoADomainConflictIsNotedForTheRetry() {
        DatabaseConflicts.forgetRace();
        PersistenceException duplicate = wrapped(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'x' for key 'uq_orgkit_role_name'", "23000", 1062));
        DatabaseConflicts.translate(duplicate, Map.of("uq_orgkit_role_name", () -> new ConflictException("taken")), null);
        assertFalse(DatabaseConflicts.raceLost(), "a broken rule is no race");
        PersistenceException deadlock = wrapped(new SQLException("Deadlock found", "40001", 1213));
        RuntimeException told = DatabaseConflicts.translate(deadlock, Map.of(), () -> new ConflictException("taken"));
        assertEquals("taken", told.getMessage());
        assertTrue(DatabaseConflicts.raceLost());
        DatabaseConflicts.forgetRace();
        assertFalse(DatabaseConflicts.raceLost());
    }

    @Test
    void anythingElseIsNotAConflict() {
        PersistenceException broken = wrapped(new SQLException("Table 'x' doesn't exist", "42S02", 1146));
        assertTrue(DatabaseConflicts.classify(broken).isEmpty());
        assertSame(broken, DatabaseConflicts.translate(broken, Map.of(), null));
    }

    private static PersistenceException wrapped(SQLException cause) {
        return new PersistenceException("wrapped", new RuntimeException("driver", cause));
    }
}
