package io.orgkit.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.orgkit.impl.persistence.Ids;

/**
 * Seeds many members at once with JDBC batch inserts on a connection of its own (same database as the server: the
 * test run's {@code org.db.url}). Users get no password: nobody logs in as them.
 */
public final class BulkMembers {
    private static final int BATCH = 5_000;

    private BulkMembers() {
    }

    /**
     * @param organizationId the organization
     * @param count          how many new users to make members
     * @param role           the role they hold
     */
    public static void seed(String organizationId, int count, String role) throws SQLException {
        String prefix = Fixtures.unique("bulk");
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection connection = DriverManager.getConnection(System.getProperty("org.db.url"),
                System.getProperty("org.db.user"), System.getProperty("org.db.password", ""));
             PreparedStatement users = connection.prepareStatement("INSERT INTO orgkit_user "
                     + "(id, email, name, password_hash, super_admin, created_at) VALUES (?, ?, ?, NULL, FALSE, ?)");
             PreparedStatement members = connection.prepareStatement("INSERT INTO orgkit_membership "
                     + "(id, organization_id, user_id, role_name, joined_at, version) VALUES (?, ?, ?, ?, ?, 1)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String userId = Ids.newId();
                users.setString(1, userId);
                users.setString(2, prefix + "-" + i + "@example.test");
                users.setString(3, "Bulk " + i);
                users.setTimestamp(4, now);
                users.addBatch();
                members.setString(1, Ids.newId());
                members.setString(2, organizationId);
                members.setString(3, userId);
                members.setString(4, role);
                members.setTimestamp(5, now);
                members.addBatch();
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    users.executeBatch();
                    members.executeBatch();
                }
            }
            connection.commit();
        }
    }
}
