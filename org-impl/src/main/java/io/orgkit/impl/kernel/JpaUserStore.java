package io.orgkit.impl.kernel;

import java.util.Map;
import java.util.Optional;

import io.orgkit.api.error.ConflictException;
import io.orgkit.impl.persistence.DatabaseConflicts;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

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

    /**
     * Adds a user and writes it at once: rows that reference it (a membership, a session) follow in the same
     * transaction, and without mapped relationships EclipseLink would not know to insert the user first.
     *
     * @param user the new user
     * @throws ConflictException if a user with the email exists (also when one was created concurrently)
     */
    public void add(UserEntity user) {
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            throw DatabaseConflicts.translate(e, Map.of("uq_orgkit_user_email",
                    () -> new ConflictException("A user with this email already exists")), null);
        }
    }
}
