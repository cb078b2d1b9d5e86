package io.orgkit.app.persistence;

import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.kernel.UserEntity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TransactionRequiredException;
import io.orgkit.impl.persistence.DatabaseAvailability;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module's entity manager ({@code TransactionEntityManagers}): one persistence context per JTA transaction, a
 * nested one for a {@code REQUIRES_NEW} transaction, nothing kept from a transaction that rolls back, writes refused
 * where only reads may be, and a proxy that behaves as a container-managed entity manager.
 */
@SharedServer
class TransactionEntityManagersTest {
    @Inject
    EntityManagerProbe probe;

    @Test
    void aRequiresNewTransactionHasItsOwnContextAndCommitsAlone() {
        UserEntity outer = EntityManagerProbe.newUser();
        UserEntity inner = EntityManagerProbe.newUser();

        EntityManagerProbe.Nested seen = probe.outerAndRequiresNew(outer, inner);

        assertFalse(seen.innerSawOuterRow(), "the new transaction does not see the suspended one's uncommitted row");
        assertFalse(seen.outerManagesInnerRow(), "the inner transaction's entity is not in the outer context");
        assertTrue(seen.outerSeesInnerRow(), "the inner transaction committed before the outer went on");
        assertFalse(probe.exists(outer.id()), "the outer transaction rolled back");
        assertTrue(probe.exists(inner.id()), "the inner transaction's commit stands");
    }

    @Test
    void aTransactionHoldsOneConnectionSoItCommitsInOnePhase() {
        // Two connections in one transaction make the transaction manager commit in two phases over connections that
        // cannot prepare: a COMMIT cut by an outage was then reported as done though nothing was committed.
        UserEntity user = EntityManagerProbe.newUser();

        assertEquals(1, probe.resourcesOfReadWriteRead(user), "connections enlisted in one transaction");
        assertTrue(probe.exists(user.id()));
    }

    @Test
    void aCommitThatFailsIsNeverReportedAsDone() {
        Assumptions.assumeTrue(System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:"),
                "a connection is killed by the database server");
        UserEntity user = EntityManagerProbe.newUser();

        Exception failed = assertThrows(Exception.class, () -> probe.writeThenLoseTheConnection(user));
        assertTrue(DatabaseAvailability.unreachable(failed), "answered 503 as the database's absence: " + failed);
        assertFalse(probe.exists(user.id()));
    }

    @Test
    void aTransactionMarkedForRollbackWorksUntilItEndsAndKeepsNothing() {
        UserEntity before = EntityManagerProbe.newUser();
        UserEntity after = EntityManagerProbe.newUser();

        assertTrue(probe.writeInDoomedTransaction(before, after), "the context stays usable until the end");
        assertFalse(probe.exists(before.id()));
        assertFalse(probe.exists(after.id()));
    }

    @Test
    void aTransactionMarkedForRollbackBeforeFirstUseIsRefusedInPlainWords() {
        UserEntity user = EntityManagerProbe.newUser();

        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> probe.writeAfterDoomingUnusedTransaction(user));
        assertTrue(refused.getMessage().contains("marked for rollback"), refused.getMessage());
        assertFalse(probe.exists(user.id()));
    }

    @Test
    void aTransactionThatFailsKeepsNothing() {
        UserEntity user = EntityManagerProbe.newUser();

        assertThrows(IllegalStateException.class, () -> probe.writeThenFail(user));
        assertFalse(probe.exists(user.id()));
    }

    @Test
    void aReadRefusesAWriteInsteadOfDroppingIt() {
        UserEntity user = EntityManagerProbe.newUser();

        TransactionRequiredException refused = assertThrows(TransactionRequiredException.class,
                () -> probe.writeInRead(user));
        assertTrue(refused.getMessage().contains("persist"), refused.getMessage());
        assertFalse(probe.exists(user.id()));
    }

    @Test
    void aReadSeesCommittedRows() {
        UserEntity user = EntityManagerProbe.newUser();
        probe.insertInNewTransaction(user, user.id());

        UserEntity read = probe.read(user.id());

        assertNotNull(read);
        assertEquals(user.email(), read.email());
        assertNull(probe.read(EntityManagerProbe.newUser().id()));
    }

    @Test
    void outsideATransactionAndAReadTheEntityManagerRefusesWork() {
        EntityManager em = probe.entityManager();

        assertThrows(TransactionRequiredException.class, () -> em.find(UserEntity.class, "x"));
    }

    @Test
    void closeIsRefusedAndLeavesTheTransactionsContextOpen() {
        assertThrows(IllegalStateException.class, () -> probe.closeInTransaction());
        assertThrows(IllegalStateException.class, () -> probe.entityManager().close(), "outside a transaction too");
        assertTrue(probe.usableAfterRefusedClose(EntityManagerProbe.newUser()));
        assertThrows(IllegalStateException.class, () -> probe.entityManager().getTransaction(),
                "JTA entity managers have no resource-local transaction");
    }

    @Test
    void objectMethodsAnswerWithoutATransaction() {
        EntityManager em = probe.entityManager();

        assertTrue(em.isOpen());
        assertEquals(em, em);
        assertEquals(System.identityHashCode(em), em.hashCode());
        assertTrue(em.toString().contains("orgkit"), em.toString());
    }
}
