package io.orgkit.impl.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
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

    @PersistenceUnit(unitName = OrgDataSource.UNIT)
    private EntityManagerFactory factory;

    private static final Set<String> WRITES = Set.of("persist", "merge", "remove", "flush", "lock", "joinTransaction");
    // The entity manager of the ReadOnly method running on this thread, if any (virtual threads included).
    private static final ThreadLocal<EntityManager> READING = new ThreadLocal<>();

    private final TransactionSynchronizationRegistry registry;
    private EntityManager proxy;

    @Inject
    public TransactionEntityManagers(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    @PostConstruct
    void createProxy() {
        InvocationHandler handler = (target, method, args) -> {
            try {
                return method.invoke(current(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        proxy = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, handler);
    }

    /**
     * @return an entity manager that always acts in the persistence context of the calling thread's transaction
     */
    @Produces
    @OrgUnit
    @Dependent
    EntityManager entityManager() {
        return proxy;
    }

    /**
     * Runs a {@link ReadOnly} method: outside a transaction, with an entity manager that joins none, so each statement
     * runs in autocommit mode and holds a pooled connection only while it runs. Inside a transaction, or inside
     * another read, it just runs.
     *
     * @param work the method
     * @param <T>  what it returns
     * @return what the work returned
     * @throws Exception what the work threw
     */
    public <T> T readOnly(Callable<T> work) throws Exception {
        if (inTransaction() || READING.get() != null) {
            return work.call();
        }
        EntityManager em = factory.createEntityManager();
        READING.set(readOnly(em));
        try {
            return work.call();
        } finally {
            READING.remove();
            em.close();
        }
    }

    /**
     * @return the current transaction's entity manager, created and joined on first use, closed when it completes;
     *         outside a transaction, the entity manager of the running {@link ReadOnly} method
     * @throws TransactionRequiredException outside both: every store call runs in a service's transaction or read
     */
    public EntityManager current() {
        if (!inTransaction()) {
            EntityManager reading = READING.get();
            if (reading == null) {
                throw new TransactionRequiredException(
                        "orgkit stores are used inside a transaction (@Transactional) or a read (@ReadOnly)");
            }
            return reading;
        }
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

    // Outside a transaction an entity manager accepts persist() and keeps the change until it joins one, which a
    // read never does: a write slipped into a @ReadOnly method would be lost without a word. Refuse it instead.
    private static EntityManager readOnly(EntityManager em) {
        InvocationHandler handler = (target, method, args) -> {
            if (WRITES.contains(method.getName())) {
                throw new TransactionRequiredException(method.getName() + " in a @ReadOnly method: writes need "
                        + "@Transactional");
            }
            try {
                return method.invoke(em, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, handler);
    }

    private boolean inTransaction() {
        return registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
