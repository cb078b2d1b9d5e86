package io.orgkit.app.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.impl.apikey.ApiKeyEntity;
import io.orgkit.impl.apikey.JpaApiKeyStore;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.security.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Data the organization tests need beyond {@link Fixtures}: super admins, API keys, outbox rows, and a bulk seed of
 * organizations written over plain JDBC (the JPA path would take minutes for 100,000 rows).
 */
@ApplicationScoped
public class OrganizationFixtures {
    @Inject
    Fixtures fixtures;
    @Inject
    JpaApiKeyStore keys;
    @Inject
    SystemTime time;
    @Inject
    @OrgUnit
    EntityManager em;

    /** A new super admin (no memberships) and its session token. */
    @Transactional
    public String superAdminSession() {
        TestUser user = fixtures.user(true);
        return fixtures.login(user, null);
    }

    /** A new API key of the organization holding the role; returns the secret. */
    @Transactional
    public String apiKey(String organizationId, String role) {
        String secret = SecretTokens.generate(Credentials.API_KEY_PREFIX);
        keys.add(new ApiKeyEntity(Ids.newId(), organizationId, Fixtures.unique("key"), role,
                secret.substring(0, 12), SecretTokens.hash(secret), null, time.now(), null));
        return secret;
    }

    /** A pending outbox email of the organization; returns its id. */
    @Transactional
    public String pendingMail(String organizationId) {
        String id = Ids.newId();
        em.createNativeQuery("INSERT INTO orgkit_mail_outbox (id, organization_id, invitation_id, recipient, subject, "
                        + "body_text, body_html, status, attempts, next_attempt_at, created_at) "
                        + "VALUES (?, ?, NULL, ?, 'Hello', 'text', '<p>html</p>', 'PENDING', 0, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, organizationId)
                .setParameter(3, Fixtures.unique("to") + "@example.test")
                .setParameter(4, LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC))
                .setParameter(5, LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC))
                .executeUpdate();
        return id;
    }

    /**
     * Inserts organizations named {@code prefix-000001}… with statements the database runs by itself
     * ({@link SeedRows}), with ids that sort after every organization made before.
     *
     * @return their ids, in id order
     */
    public List<String> seedOrganizations(String prefix, int count) throws SQLException {
        String idPrefix = SeedRows.lastIdPrefix();
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(time.now(), ZoneOffset.UTC));
        try (Connection connection = connect()) {
            for (int from = 1; from <= count; from += SeedRows.CHUNK) {
                int to = Math.min(count, from + SeedRows.CHUNK - 1);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orgkit_organization "
                        + "(id, slug, name, logo, timezone, version, created_at, updated_at) SELECT " + SeedRows.ID
                        + ", " + SeedRows.ID + ", CONCAT(?, '-', LPAD(r.n, 6, '0')), NULL, 'UTC', 1, ?, ? FROM "
                        + SeedRows.numbers(from, to))) {
                    insert.setString(1, idPrefix);
                    insert.setString(2, idPrefix);
                    insert.setString(3, prefix);
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    if (insert.executeUpdate() != to - from + 1) {
                        throw new IllegalStateException("Not every organization was inserted");
                    }
                }
            }
        }
        List<String> ids = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            ids.add(SeedRows.id(idPrefix, n));
        }
        return ids;
    }

    /**
     * Deletes organizations made by {@link #seedOrganizations}, a range of the primary key at a time, without the
     * foreign-key checks: nothing refers to a seeded organization, and looking in each of the eight referring tables
     * for each of 100,000 rows took H2 3.7 s. Only for seeded organizations that nothing was added to.
     */
    public void deleteOrganizations(List<String> ids) throws SQLException {
        boolean h2 = System.getProperty("org.db.url", "").startsWith("jdbc:h2:");
        try (Connection connection = connect();
             Statement checks = connection.createStatement();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM orgkit_organization WHERE id >= ? AND id <= ?")) {
            // MariaDB's setting is the connection's own; H2's is the database's, for the few hundred milliseconds this
            // takes while the test waits for it.
            checks.execute(h2 ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
            try {
                connection.setAutoCommit(false);
                for (int from = 0; from < ids.size(); from += SeedRows.CHUNK) {
                    delete.setString(1, ids.get(from));
                    delete.setString(2, ids.get(Math.min(ids.size(), from + SeedRows.CHUNK) - 1));
                    delete.executeUpdate();
                    connection.commit();
                }
            } finally {
                connection.setAutoCommit(true);
                checks.execute(h2 ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET FOREIGN_KEY_CHECKS = 1");
            }
        }
    }

    /** The database's plan for a query, one line per row of EXPLAIN's answer. */
    public String explain(String sql, String... parameters) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setString(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        plan.append(c == 1 ? "" : " | ").append(rows.getMetaData().getColumnLabel(c)).append('=')
                                .append(rows.getString(c));
                    }
                    plan.append('\n');
                }
            }
            return plan.toString();
        }
    }

    /**
     * Times one {@code LIMIT … OFFSET …} read of the organization table, the paging this module avoids, for comparison.
     *
     * @return microseconds, reading every row of the page
     */
    public long offsetPageMicros(int offset, int limit) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement page = connection.prepareStatement(
                     "SELECT id, name FROM orgkit_organization ORDER BY id LIMIT ? OFFSET ?")) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                page.setInt(1, limit);
                page.setInt(2, offset);
                long start = System.nanoTime();
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(1);
                    }
                }
                best = Math.min(best, (System.nanoTime() - start) / 1_000);
            }
            return best;
        }
    }

    /** Refreshes the optimizer's statistics of the organization table after a bulk load (MariaDB only). */
    public void analyzeOrganizations() throws SQLException {
        if (!System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:")) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE orgkit_organization");
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("org.db.url"), System.getProperty("org.db.user"),
                System.getProperty("org.db.password", ""));
    }
}
