package io.orgkit.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Seeds many members at once on a connection of its own (same database as the server: the test run's
 * {@code org.db.url}): {@code INSERT … SELECT}s for the users and their memberships, which the database runs by itself
 * ({@link SeedRows}). Users get no password: nobody logs in as them.
 */
public final class BulkMembers {
    private BulkMembers() {
    }

    /**
     * @param organizationId the organization
     * @param count          how many new users to make members
     * @param role           the role they hold
     */
    public static void seed(String organizationId, int count, String role) throws SQLException {
        String prefix = Fixtures.unique("bulk");
        String userIds = SeedRows.idPrefix();
        String membershipIds = SeedRows.idPrefix();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection connection = DriverManager.getConnection(System.getProperty("org.db.url"),
                System.getProperty("org.db.user"), System.getProperty("org.db.password", ""))) {
            connection.setAutoCommit(false);
            for (int from = 1; from <= count; from += SeedRows.CHUNK) {
                int to = Math.min(count, from + SeedRows.CHUNK - 1);
                try (PreparedStatement users = connection.prepareStatement("INSERT INTO orgkit_user "
                        + "(id, email, name, password_hash, super_admin, created_at) SELECT " + SeedRows.ID
                        + ", CONCAT(?, '-', r.n, '@example.test'), CONCAT('Bulk ', r.n), NULL, FALSE, ? FROM "
                        + SeedRows.numbers(from, to));
                     PreparedStatement members = connection.prepareStatement("INSERT INTO orgkit_membership "
                             + "(id, organization_id, user_id, role_name, joined_at, version) SELECT " + SeedRows.ID
                             + ", ?, " + SeedRows.ID + ", ?, ?, 1 FROM " + SeedRows.numbers(from, to))) {
                    users.setString(1, userIds);
                    users.setString(2, prefix);
                    users.setTimestamp(3, now);
                    members.setString(1, membershipIds);
                    members.setString(2, organizationId);
                    members.setString(3, userIds);
                    members.setString(4, role);
                    members.setTimestamp(5, now);
                    if (users.executeUpdate() != to - from + 1 || members.executeUpdate() != to - from + 1) {
                        throw new IllegalStateException("Not every member was inserted");
                    }
                }
                connection.commit();
            }
        }
    }
}
