package io.orgkit.app.persistence;

import io.orgkit.impl.kernel.UserEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Two stores written the textbook way, each with a container-managed, transaction-scoped {@code @PersistenceContext}
 * on the module's unit: what the module's stores would be without {@code TransactionEntityManagers}.
 */
final class ContainerManagedStores {
    private ContainerManagedStores() {
    }

    /** The store used once outside any request and transaction first (as start-up work or a scheduler would). */
    @ApplicationScoped
    public static class Early {
        @PersistenceContext(unitName = "orgkit")
        EntityManager em;

        public void readOutsideTransaction() {
            em.createQuery("SELECT COUNT(u) FROM UserEntity u").getSingleResult();
        }

        public void persist(UserEntity user) {
            em.persist(user);
        }
    }

    /** A store first used inside the request's transaction. */
    @ApplicationScoped
    public static class Late {
        @PersistenceContext(unitName = "orgkit")
        EntityManager em;

        public boolean manages(Object entity) {
            return em.contains(entity);
        }

        public UserEntity find(String id) {
            return em.find(UserEntity.class, id);
        }
    }
}
