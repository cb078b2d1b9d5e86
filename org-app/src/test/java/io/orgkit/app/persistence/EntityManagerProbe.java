package io.orgkit.app.persistence;

import java.time.Instant;
import java.util.UUID;

import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Uses the module's entity manager ({@code TransactionEntityManagers}) the ways a store may: inside a transaction,
 * inside a nested {@code REQUIRES_NEW} one, in a transaction marked for rollback, and in a read without one.
 */
@ApplicationScoped
public class EntityManagerProbe {
    private EntityManager em;
    private TransactionSynchronizationRegistry registry;
    private EntityManagerProbe self;

    protected EntityManagerProbe() {
    }

    @Inject
    public EntityManagerProbe(@OrgUnit EntityManager em, TransactionSynchronizationRegistry registry,
                              EntityManagerProbe self) {
        this.em = em;
        this.registry = registry;
        this.self = self;
    }

    /** @return a user that is not stored yet, with a unique email */
    public static UserEntity newUser() {
        String id = UUID.randomUUID().toString();
        return new UserEntity(id, id + "@em-probe.test", "Probe", "x", false, Instant.now());
    }

    /** What the outer and the inner transaction of {@link #outerAndRequiresNew} saw. */
    public record Nested(boolean innerSawOuterRow, boolean outerManagesInnerRow, boolean outerSeesInnerRow) {
    }

    /**
     * Writes a row, then runs a REQUIRES_NEW transaction that writes another; the outer one is rolled back.
     */
    @Transactional
    public Nested outerAndRequiresNew(UserEntity outer, UserEntity inner) {
        em.persist(outer);
        em.flush();
        boolean innerSawOuter = self.insertInNewTransaction(inner, outer.id());
        Nested seen = new Nested(innerSawOuter, em.contains(inner), em.find(UserEntity.class, inner.id()) != null);
        registry.setRollbackOnly();
        return seen;
    }

    /**
     * @return whether this new transaction saw the row of the suspended one
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean insertInNewTransaction(UserEntity user, String outerId) {
        boolean sawOuter = em.find(UserEntity.class, outerId) != null;
        em.persist(user);
        return sawOuter;
    }

    /**
     * Writes, marks the transaction for rollback, then reads and writes on.
     *
     * @return whether the rows written stayed visible inside the doomed transaction
     */
    @Transactional
    public boolean writeInDoomedTransaction(UserEntity before, UserEntity after) {
        em.persist(before);
        em.flush();
        registry.setRollbackOnly();
        em.persist(after);
        em.flush();
        return em.find(UserEntity.class, before.id()) != null && em.find(UserEntity.class, after.id()) != null;
    }

    /** Marks the transaction for rollback before the entity manager is first used, then writes. */
    @Transactional
    public void writeAfterDoomingUnusedTransaction(UserEntity user) {
        registry.setRollbackOnly();
        em.persist(user);
    }

    /** Writes and then fails: the transaction rolls back. */
    @Transactional
    public void writeThenFail(UserEntity user) {
        em.persist(user);
        em.flush();
        throw new IllegalStateException("fails after writing");
    }

    /** A write where only reads may be: refused. */
    @ReadWithoutTransaction
    public void writeInRead(UserEntity user) {
        em.persist(user);
    }

    /** @return the row, read without a transaction */
    @ReadWithoutTransaction
    public UserEntity read(String id) {
        return em.find(UserEntity.class, id);
    }

    /** @return whether the user exists, in a transaction of its own */
    @Transactional
    public boolean exists(String id) {
        return em.find(UserEntity.class, id) != null;
    }

    /**
     * Reads, writes, flushes and reads again in one transaction.
     *
     * @return how many resources (connections) the transaction manager has enlisted in it at the end
     */
    @Transactional
    public int resourcesOfReadWriteRead(UserEntity user) {
        em.find(UserEntity.class, user.id());
        em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult();
        em.persist(user);
        em.flush();
        em.find(UserEntity.class, UUID.randomUUID().toString());
        return com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionImple.getTransaction().getResources()
                .size();
    }

    /**
     * Reads and writes, then has the database kill the transaction's connection, so that its COMMIT fails.
     */
    @Transactional
    public void writeThenLoseTheConnection(UserEntity user) throws java.sql.SQLException {
        em.find(UserEntity.class, user.id());
        em.persist(user);
        em.flush();
        Number connection = (Number) em.createNativeQuery("SELECT CONNECTION_ID()").getSingleResult();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(System.getProperty("org.db.url"),
                System.getProperty("org.db.user"), System.getProperty("org.db.password", ""));
             java.sql.Statement kill = other.createStatement()) {
            kill.execute("KILL CONNECTION " + connection.longValue());
        }
    }

    /** @return the entity manager itself, for its own methods */
    public EntityManager entityManager() {
        return em;
    }

    /** Closes the entity manager of the running transaction, which must be refused. */
    @Transactional
    public void closeInTransaction() {
        em.close();
    }

    /** @return whether the entity manager still works after a refused close in this transaction */
    @Transactional
    public boolean usableAfterRefusedClose(UserEntity user) {
        try {
            em.close();
        } catch (IllegalStateException expected) {
            // the point
        }
        em.persist(user);
        em.flush();
        return em.contains(user);
    }
}
