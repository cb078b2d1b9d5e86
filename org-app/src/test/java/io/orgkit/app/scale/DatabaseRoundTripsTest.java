package io.orgkit.app.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.MariaDbOnly;
import io.orgkit.app.testing.RoleApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the database server itself receives per request, counted by MariaDB's {@code Questions} status variable:
 * every statement the driver sends, transaction control ({@code SET autocommit}, {@code COMMIT}) included, which
 * JPA-level counting cannot see. Reads run without a JTA transaction, so a read request is its queries and nothing
 * else. MariaDB only: the counter is the server's.
 */
// A server of its own, whose outbox is read once an hour: the shared server reads it every 0.1 s (the test settings),
// which would add its statements to every run of requests counted here.
@HelidonTest
@AddConfig(key = "org.mail.dispatch-interval", value = "PT1H")
@MariaDbOnly
class DatabaseRoundTripsTest {
    // A run's resolution is 1/50 of a statement per request, well inside the assertions' 0.15.
    private static final int REQUESTS = 50;

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures consoles;
    Api api;
    // One connection for the counter: connecting sends statements of its own.
    Connection counter;

    @BeforeAll
    static void mariaDbOnly() {
        assumeTrue(System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:"),
                "the statement counter is MariaDB's own");
    }

    @BeforeEach
    void setUp() throws SQLException {
        api = new Api(target);
        counter = DriverManager.getConnection(System.getProperty("org.db.url"), System.getProperty("org.db.user"),
                System.getProperty("org.db.password", ""));
    }

    @AfterEach
    void closeCounter() throws SQLException {
        counter.close();
    }

    @Test
    void currentOrganizationWithASessionIsOneStatement() throws SQLException {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        assertStatementsPerRequest(1.0, "/api/organizations/me", admin.token(),
                "authentication (one join, which reads the organization too), with no transaction around it");
    }

    @Test
    void currentOrganizationWithACustomRoleIsOneStatement() throws SQLException {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        RoleApi.createRole(api, admin.token(), "Auditor", "roles.read", "users.read");
        Member auditor = fixtures.memberWithSession(org, "Auditor");
        assertStatementsPerRequest(1.0, "/api/organizations/me", auditor.token());
    }

    @Test
    void theConsolesReadOfAnOrganizationIsTwoStatements() throws SQLException {
        // The organization in the path is not one authentication read (a Super Admin's session has none active):
        // authentication, then the scope's read of the organization, which the read of it takes over.
        String org = fixtures.organization();
        assertStatementsPerRequest(2.0, "/api/organizations/" + org, consoles.superAdminSession());
    }

    @Test
    void currentOrganizationWithAnApiKeyIsOneStatement() throws SQLException {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String key = body(api.post("/api/organizations/api-keys", admin.token(), obj("name", "reader", "role", "Admin")))
                .getString("key");
        assertStatementsPerRequest(1.0, "/api/organizations/me", key);
    }

    @Test
    void memberPageIsTwoStatements() throws SQLException {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        assertStatementsPerRequest(2.0, "/api/organizations/members?limit=100", admin.token());
    }

    @Test
    void aWriteIsItsStatementsPlusOneTransaction() throws SQLException {
        // The contrast that shows the counter sees transaction control: a role rename is authentication, then in one
        // transaction the role's read, its update and the change of the permissions' rows.
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String roleId = RoleApi.createRole(api, admin.token(), "Auditor", "roles.read").getString("id");
        long before = questions();
        try (Response response = api.patch("/api/organizations/roles/" + roleId, admin.token(),
                obj("description", "reads"))) {
            assertEquals(200, response.getStatus());
        }
        long sent = questions() - before - 1;
        assertTrue(sent >= 5, "authentication, SET autocommit=0, at least one query, COMMIT, SET autocommit=1; was " + sent);
    }

    /**
     * The fewest statements per request over runs of {@value #REQUESTS} sequential requests: the server's counter is
     * global, and the minimum sheds what other work added meanwhile (the purge, and any other
     * client of the same MariaDB server, such as a second build). Up to eight runs, fewer once a run is at most the
     * expected count: a request that really sends more is never that low, however often it is measured.
     *
     * @param expected the count the test expects (within 0.15), where the runs may stop
     * @param message  what the count is made of, or nothing
     */
    private void assertStatementsPerRequest(double expected, String path, String token, String... message)
            throws SQLException {
        expectOk(path, token); // the first use of a credential records it (a write of its own); later ones within a minute do not
        double fewest = Double.MAX_VALUE;
        for (int run = 0; run < 8 && fewest > expected; run++) {
            long before = questions();
            for (int i = 0; i < REQUESTS; i++) {
                expectOk(path, token);
            }
            long sent = questions() - before - 1; // the second SHOW STATUS counts itself
            fewest = Math.min(fewest, (double) sent / REQUESTS);
        }
        assertEquals(expected, fewest, 0.15, message.length == 0 ? null : message[0]);
    }

    private void expectOk(String path, String token) {
        assertEquals(200, status(api.get(path, token)), path);
    }

    private long questions() throws SQLException {
        try (Statement statement = counter.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rows.next();
            return rows.getLong(2);
        }
    }
}
