package io.orgkit.impl.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.SynchronizationType;
import jakarta.persistence.TransactionRequiredException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * One persistence context per JTA transaction, shared by every store that takes part in it.
 *
 * <p>Why not {@code @PersistenceContext} in each store: with Helidon 4.1.6, a store whose injected entity manager was
 * first used outside a request (start-up, a scheduler thread, a test fixture) was later given a different persistence
 * context than the other stores of the same request transaction. Its rows then went through another connection, and a
 * row written by one store was invisible to a foreign key checked by another (an invitation accepted by a new user
 * failed this way). Keying the entity manager on the transaction itself, through the JTA synchronization registry,
 * is what the JPA specification means by a transaction-scoped persistence context, and holds on any thread.
 */
@ApplicationScoped
public class TransactionEntityManagers {
    private static final Object KEY = TransactionEntityManagers.class.getName() + ".entityManager";
    // Every statement of a transaction on one connection. Otherwise each read may take another pooled connection,
    // enlisted in the transaction and so held until it ends: a few concurrent requests then drain the pool while one
    // of them holds a row lock the others wait for, and nobody moves until the lock wait times out.
    private static final Map<String, Object> ONE_CONNECTION = Map.of("eclipselink.jdbc.exclusive-connection.mode", "Always");

    private static final Set<String> WRITES = Set.of("persist", "merge", "remove", "flush", "lock", "joinTransaction");

    @PersistenceUnit(unitName = OrgDataSource.UNIT)
    private EntityManagerFactory factory;

    private final TransactionSynchronizationRegistry registry;
    // The ReadWithoutTransaction method running on this thread, if any (virtual threads included).
    private final ThreadLocal<ReadScope> reading = new ThreadLocal<>();
    private EntityManager proxy;

    @Inject
    public TransactionEntityManagers(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    @PostConstruct
    void createProxy() {
        InvocationHandler handler = (target, method, args) -> {
            try {
                return method.invoke(target(method), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        proxy = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, handler);
    }

    /**
     * @return an entity manager that always acts in the persistence context of the calling thread's transaction, or
     *         outside one, of its running {@link ReadWithoutTransaction} method
     */
    @Produces
    @OrgUnit
    @Dependent
    EntityManager entityManager() {
        return proxy;
    }

    /**
     * Runs a {@link ReadWithoutTransaction} method: outside a transaction, with an entity manager that joins none (created on its
     * first use, so a read that needs no database costs none), so each statement runs in autocommit mode and holds a
     * pooled connection only while it runs. Inside a transaction, or inside another read, it just runs.
     *
     * @param work the method
     * @param <T>  what it returns
     * @return what the work returned
     * @throws Exception what the work threw
     */
    public <T> T readWithoutTransaction(Callable<T> work) throws Exception {
        if (inTransaction() || reading.get() != null) {
            return work.call();
        }
        ReadScope scope = new ReadScope();
        reading.set(scope);
        try {
            return work.call();
        } finally {
            reading.remove();
            scope.close();
        }
    }

    // The entity manager a call goes to: the transaction's, else the running read's. Outside a transaction an entity
    // manager accepts persist() and keeps the change until it joins one, which a read never does: a write slipped
    // into a @ReadWithoutTransaction method would be lost without a word, so it is refused instead.
    private EntityManager target(Method method) {
        if (inTransaction()) {
            return transactionEntityManager();
        }
        ReadScope scope = reading.get();
        if (scope == null) {
            throw new TransactionRequiredException(
                    "orgkit stores are used inside a transaction (@Transactional) or a read (@ReadWithoutTransaction)");
        }
        if (WRITES.contains(method.getName())) {
            throw new TransactionRequiredException(method.getName() + " in a @ReadWithoutTransaction method: writes need "
                    + "@Transactional");
        }
        return scope.entityManager();
    }

    // Created and joined on first use, closed when the transaction completes.
    private EntityManager transactionEntityManager() {
        EntityManager em = (EntityManager) registry.getResource(KEY);
        if (em == null || !em.isOpen()) {
            EntityManager created = factory.createEntityManager(SynchronizationType.SYNCHRONIZED, ONE_CONNECTION);
            created.joinTransaction();
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    created.close();
                }
            });
            registry.putResource(KEY, created);
            em = created;
        }
        return em;
    }

    private boolean inTransaction() {
        return registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    private final class ReadScope {
        private EntityManager em;

        EntityManager entityManager() {
            if (em == null) {
                em = factory.createEntityManager();
            }
            return em;
        }

        void close() {
            if (em != null) {
                em.close();
            }
        }
    }
}
