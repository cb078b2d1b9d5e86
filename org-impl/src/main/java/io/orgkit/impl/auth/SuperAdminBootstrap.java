package io.orgkit.impl.auth;

import java.util.Optional;
import java.util.logging.Logger;

import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.UserAccounts;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.DatabaseReady;
import io.orgkit.impl.secret.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first super admin from {@code org.bootstrap.superadmin.email} and {@code .password} when no super admin
 * exists, once the database is ready at start-up. Idempotent: once any super admin exists, it does nothing. An existing user with that email is promoted only
 * when the configured password is that user's: otherwise whoever registered the email first (an invitation accepted
 * before the operator's first start, say) would become Super Admin.
 */
@ApplicationScoped
public class SuperAdminBootstrap {
    private static final Logger LOG = Logger.getLogger(SuperAdminBootstrap.class.getName());

    private JpaUserStore users;
    private UserAccounts accounts;
    private PasswordHasher hasher;
    private Optional<String> email;
    private Optional<String> password;

    /**
     * For the container's client proxy.
     */
    protected SuperAdminBootstrap() {
    }

    @Inject
    public SuperAdminBootstrap(JpaUserStore users, UserAccounts accounts, PasswordHasher hasher,
                               @ConfigProperty(name = "org.bootstrap.superadmin.email") Optional<String> email,
                               @ConfigProperty(name = "org.bootstrap.superadmin.password") Optional<String> password) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.email = email.filter(value -> !value.isBlank());
        this.password = password.filter(value -> !value.isEmpty());
    }

    void onStart(@Observes DatabaseReady event, SuperAdminBootstrap self) {
        if (email.isEmpty() || password.isEmpty()) {
            return;
        }
        try {
            self.ensureSuperAdmin();
        } catch (RuntimeException e) {
            // Two nodes starting at once may race on the unique email; the other one created the user.
            LOG.warning("Super admin bootstrap did not complete: " + e.getMessage());
        }
    }

    /**
     * Creates or promotes the configured super admin unless one exists; public so the transaction interceptor applies.
     */
    @Transactional
    public void ensureSuperAdmin() {
        if (users.anySuperAdmin()) {
            return;
        }
        createOrPromote();
    }

    /**
     * Creates the configured super admin, or promotes the existing user with that email if the configured password is
     * theirs.
     */
    @Transactional
    public void createOrPromote() {
        Optional<UserEntity> existing = users.findByEmail(email.get());
        if (existing.isPresent()) {
            if (hasher.verify(password.get(), existing.get().passwordHash())) {
                existing.get().grantSuperAdmin();
                LOG.info("Promoted the existing user " + existing.get().email() + " to super admin");
            } else {
                LOG.warning("A user with the email in org.bootstrap.superadmin.email exists, but the password in "
                        + "org.bootstrap.superadmin.password is not theirs: no super admin was created or promoted");
            }
        } else {
            UserEntity created = accounts.create(accounts.prepare(
                    new UserAccounts.NewUser(email.get(), "Super Admin", password.get()), true));
            LOG.info("Created the super admin " + created.email());
        }
    }
}
