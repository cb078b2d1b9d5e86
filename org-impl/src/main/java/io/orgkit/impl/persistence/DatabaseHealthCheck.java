package io.orgkit.impl.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers. Health is public: the answer names no product, version or address, and the
 * reason of a failure goes to the log only. While the database is known to be unreachable
 * ({@link DatabaseAvailability}) it answers DOWN at once; otherwise its check waits at most the pool's connection
 * timeout (one second in the server's settings) and one second for the database's answer.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {
    private ModuleDataSource dataSource;
    private DatabaseAvailability availability;

    /**
     * For the container's client proxy.
     */
    protected DatabaseHealthCheck() {
    }

    @Inject
    public DatabaseHealthCheck(ModuleDataSource dataSource, DatabaseAvailability availability) {
        this.dataSource = dataSource;
        this.availability = availability;
    }

    @Override
    public HealthCheckResponse call() {
        if (availability.down()) {
            return HealthCheckResponse.named("orgkit-database").down().build();
        }
        try (Connection connection = dataSource.get().getConnection()) {
            return HealthCheckResponse.named("orgkit-database").status(connection.isValid(1)).build();
        } catch (SQLException | ModuleDataSource.DataSourceUnavailableException e) {
            availability.noteFailure(e);
            // The reason stays in the log: health output is public.
            java.util.logging.Logger.getLogger(DatabaseHealthCheck.class.getName())
                    .warning("Database health check failed: " + e.getMessage());
            return HealthCheckResponse.named("orgkit-database").down().build();
        }
    }
}
