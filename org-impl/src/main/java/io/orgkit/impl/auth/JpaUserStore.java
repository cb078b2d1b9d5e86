package io.orgkit.impl.auth;

import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Users.
 */
@ApplicationScoped
public class JpaUserStore {
    @Inject
    @OrgUnit
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
        // Rows that reference the user (membership, session) are written in the same transaction, and without JPA
        // relationships EclipseLink does not know to insert the user first.
        em.flush();
    }
}
