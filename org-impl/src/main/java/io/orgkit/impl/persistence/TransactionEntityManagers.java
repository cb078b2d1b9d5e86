package io.orgkit.impl.persistence;

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
import jakarta.persistence.PersistenceException;
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
 * first used outside a request (start-up, a scheduler thread, a test fixture) is later given a different persistence
 * context than the other stores of the same request transaction. Its rows then go through another connection, and a
 * row written by one store is invisible to a foreign key checked by another (an invitation accepted by a new user
 * failed this way; {@code ContainerManagedPersistenceContextTest} in org-app shows it still happens). Keying the entity
 * manager on the transaction itself, through the JTA synchronization registry, is what the JPA specification means by
 * a transaction-scoped persistence context, holds on any thread, and needs nothing but JTA and a JPA
 * {@code EntityManagerFactory}, which every Jakarta EE and MicroProfile runtime with JPA provides.
 *
 * <p>The registry comes from {@link TransactionRegistry} (by {@code @Resource}).
 *
 * <p>The entity manager handed out is container-managed in the JPA sense: {@code close()} and {@code getTransaction()}
 * are refused, and its {@code Object} methods answer for the proxy without touching a transaction.
 */
@ApplicationScoped
public class TransactionEntityManagers {
    private static final Object KEY = TransactionEntityManagers.class.getName() + ".entityManager";
    // Every statement of a transaction on one connection. Otherwise each read may take another pooled connection,
    // enlisted in the transaction and so held until it ends: a few concurrent requests then drain the pool while one
    // of them holds a row lock the others wait for, and nobody moves until the lock wait times out. The exclusive
    // mode alone still read through a second connection before the first write (join-existing reads through the
    // transaction's write connection): two connections make the transaction manager commit in two phases over
    // connections that cannot prepare, and a COMMIT that failed in the second phase was reported as done.
    private static final Map<String, Object> ONE_CONNECTION = Map.of("eclipselink.jdbc.exclusive-connection.mode", "Always",
            "eclipselink.transaction.join-existing", "true");

    private static final Set<String> WRITES = Set.of("persist", "merge", "remove", "flush", "lock", "joinTransaction");

    @PersistenceUnit(unitName = OrgDataSource.UNIT)
    private EntityManagerFactory factory;

    private TransactionRegistry registries;
    private TransactionSynchronizationRegistry registry;
    // The ReadWithoutTransaction method running on this thread, if any (virtual threads included).
    private final ThreadLocal<ReadScope> reading = new ThreadLocal<>();
    private EntityManager proxy;

    /**
     * For the container's client proxy.
     */
    protected TransactionEntityManagers() {
    }

    @Inject
    public TransactionEntityManagers(TransactionRegistry registries) {
        this.registries = registries;
    }

    @PostConstruct
    void createProxy() {
        registry = registries.get();
        proxy = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, this::invoke);
    }

    private Object invoke(Object self, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> self == args[0];
                case "hashCode" -> System.identityHashCode(self);
                default -> "orgkit entity manager of the current transaction";
            };
        }
        switch (method.getName()) {
            case "close" -> throw new IllegalStateException(
                    "The orgkit entity manager is container-managed: it closes with its transaction");
            case "isOpen" -> {
                return true;
            }
            case "getTransaction" -> throw new IllegalStateException(
                    "The orgkit entity manager takes part in JTA transactions; use @Transactional");
            default -> {
            }
        }
        try {
            return method.invoke(target(method), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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
            if (registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
                // The transaction manager lets nothing join a doomed transaction; say so instead of its own words.
                throw new PersistenceException("The transaction is marked for rollback: nothing more can be read or "
                        + "written in it");
            }
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
