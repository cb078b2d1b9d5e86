package io.orgkit.impl.persistence;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Runs the module's start-up work once, in order: the migrations, then {@link DatabaseReady} for the rest.
 *
 * <p>Where the application scope's initialization comes with the runtime ready (Helidon), that is when: the migrations
 * at {@code PLATFORM_BEFORE}, ahead of the JPA integration that deploys persistence units in the same event (Helidon
 * at priority 1020), and the rest at the default priority, after it. Where the data source or the transaction
 * registry cannot be found yet (Payara signals it before the web module's naming context exists), the work waits for
 * {@link #start()}, which the Jakarta adapter calls when the web module starts; it is idempotent.
 */
@ApplicationScoped
public class ModuleStartup {
    private static final Logger LOG = Logger.getLogger(ModuleStartup.class.getName());

    private FlywayMigrator migrator;
    private TransactionRegistry transactions;
    private Event<DatabaseReady> ready;
    private boolean migrated;
    private boolean started;

    /**
     * For the container's client proxy.
     */
    protected ModuleStartup() {
    }

    @Inject
    public ModuleStartup(FlywayMigrator migrator, TransactionRegistry transactions, Event<DatabaseReady> ready) {
        this.migrator = migrator;
        this.transactions = transactions;
        this.ready = ready;
    }

    void migrateEarly(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                      Object event) {
        try {
            migrate();
        } catch (ModuleDataSource.DataSourceUnavailableException e) {
            if (!e.namingNotReady()) {
                throw e;
            }
            LOG.info(() -> "The data source is not bound yet (" + e.getMessage() + "); orgkit's start-up work waits "
                    + "for the web module to start");
        }
    }

    void startAfterPersistenceUnits(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!migrated) {
            return;
        }
        try {
            transactions.get();
        } catch (RuntimeException e) {
            // Payara resolves @Resource through the web module's java:comp, which does not exist yet.
            LOG.info(() -> "The transaction registry is not bound yet (" + e.getMessage() + "); orgkit's start-up "
                    + "work waits for the web module to start");
            return;
        }
        start();
    }

    /**
     * Runs what has not run yet: the migrations, then the work that observes {@link DatabaseReady}.
     */
    public synchronized void start() {
        migrate();
        if (!started) {
            started = true;
            ready.fire(new DatabaseReady());
        }
    }

    private synchronized void migrate() {
        if (!migrated) {
            migrator.migrate();
            migrated = true;
        }
    }

    /**
     * @return whether the start-up work has run
     */
    public synchronized boolean started() {
        return started;
    }
}
