package io.orgkit.app.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.Properties;

import io.orgkit.impl.persistence.DatabaseProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server knows its database's URL, so while the database is away it probes with a connection of its own rather
 * than through the pool. Why: a pool that is asked for connections keeps trying to open them, with a back-off that
 * grows to 5 s in HikariCP; left alone (no minimum of idle connections, see {@code config/application.yaml}) it stops,
 * and the first request after the database returns connects at once.
 */
@ApplicationScoped
public class DirectDatabaseProbe implements DatabaseProbe {
    private String url;
    private Properties login;

    /**
     * For the container's client proxy.
     */
    protected DirectDatabaseProbe() {
    }

    @Inject
    public DirectDatabaseProbe(@ConfigProperty(name = "org.db.url") String url,
                               @ConfigProperty(name = "org.db.user") Optional<String> user,
                               @ConfigProperty(name = "org.db.password") Optional<String> password) {
        this.url = url;
        this.login = new Properties();
        // An empty setting is an absent one in MicroProfile Config (MariaDB's local root has no password).
        login.setProperty("user", user.orElse(""));
        login.setProperty("password", password.orElse(""));
        if (url.startsWith("jdbc:mariadb:")) {
            login.setProperty("connectTimeout", "1000");
            login.setProperty("socketTimeout", "1000");
        }
    }

    @Override
    public boolean reachable() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, login)) {
            return connection.isValid(1);
        }
    }
}
