package io.orgkit.impl.auth;

import java.util.Optional;

import io.orgkit.impl.persistence.OrgDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Users.
 */
@ApplicationScoped
public class JpaUserStore {
    @PersistenceContext(unitName = OrgDataSource.UNIT)
    private EntityManager em;

    public Optional<UserEntity> findById(String id) {
        return Optional.ofNullable(em.find(UserEntity.class, id));
    }

    public Optional<UserEntity> findByEmail(String email) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.email = :email", UserEntity.class)
                .setParameter("email", UserEntity.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public boolean anySuperAdmin() {
        return !em.createQuery("SELECT u.id FROM UserEntity u WHERE u.superAdmin = TRUE", String.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(UserEntity user) {
        em.persist(user);
    }
}
