package io.orgkit.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test: says which database this run uses, and for MariaDB drops and creates the test database so that
 * every run starts from an empty schema that Flyway builds.
 */
public class TestDatabaseSetup implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String label = System.getProperty("orgkit.test.database", "unspecified");
        System.out.println("=== orgkit integration tests on: " + label + " (" + System.getProperty("org.db.url") + ") ===");
        String recreate = System.getProperty("orgkit.test.recreate-database");
        if (recreate == null || recreate.isBlank()) {
            return;
        }
        if (!recreate.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe test database name: " + recreate);
        }
        String url = System.getProperty("org.db.url");
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(serverUrl, System.getProperty("org.db.user"),
                System.getProperty("org.db.password", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + recreate);
            statement.execute("CREATE DATABASE " + recreate + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate the MariaDB test database " + recreate + " at " + serverUrl
                    + ": is MariaDB running? (.ci/run starts it)", e);
        }
    }
}
