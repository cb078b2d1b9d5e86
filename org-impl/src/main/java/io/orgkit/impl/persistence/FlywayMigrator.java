package io.orgkit.impl.persistence;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database (run by {@link ModuleStartup}). The module
 * keeps its own history table, {@code orgkit_schema_history}, so a host application's Flyway never collides with it;
 * on a database that already holds the host's tables the module starts from an empty baseline and still applies every
 * migration. {@code org.db.migrate=false} leaves the schema to the host.
 */
@ApplicationScoped
public class FlywayMigrator {
    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

    private ModuleDataSource dataSource;
    private boolean enabled;

    /**
     * For the container's client proxy.
     */
    protected FlywayMigrator() {
    }

    @Inject
    public FlywayMigrator(ModuleDataSource dataSource,
                          @ConfigProperty(name = "org.db.migrate", defaultValue = "true") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    /**
     * Applies the migrations not applied yet, unless {@code org.db.migrate=false}.
     *
     * @throws ModuleDataSource.DataSourceUnavailableException if the data source cannot be found
     */
    public void migrate() {
        if (!enabled) {
            LOG.info("org.db.migrate=false: the orgkit schema is expected to be up to date");
            return;
        }
        MigrateResult result = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource.get())
                .locations("classpath:db/orgkit/migration")
                .table("orgkit_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        // Flyway reports no target version when there was nothing to apply; the initial one is then current.
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "orgkit schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
