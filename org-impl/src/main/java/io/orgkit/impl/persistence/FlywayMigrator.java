package io.orgkit.impl.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database.
 *
 * <p>It observes the start of the application scope at {@code PLATFORM_BEFORE}, ahead of the JPA integration that
 * deploys persistence units in the same event (Helidon does so at priority 1020). The module keeps its own history
 * table, {@code orgkit_schema_history}, so a host application's Flyway never collides with it; on a database that
 * already holds the host's tables the module starts from an empty baseline and still applies every migration.
 */
@ApplicationScoped
public class FlywayMigrator {
    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object event,
                 @Named(OrgDataSource.NAME) DataSource dataSource,
                 @ConfigProperty(name = "org.db.migrate", defaultValue = "true") boolean enabled) {
        if (!enabled) {
            LOG.info("org.db.migrate=false: the orgkit schema is expected to be up to date");
            return;
        }
        MigrateResult result = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource)
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
