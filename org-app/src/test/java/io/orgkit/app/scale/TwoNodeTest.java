package io.orgkit.app.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.MariaDbOnly;
import io.orgkit.app.testing.SecondNode;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.SmtpServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes on one MariaDB behave as one system: nothing about a caller is kept in one node's memory.
 * Node A is the shared server, node B a second JVM. Runs on MariaDB only (an in-memory H2 cannot be shared).
 */
@SharedServer
@MariaDbOnly
class TwoNodeTest {
    // Both nodes send through the test JVM's SMTP server: node B gets its address from the system properties it set.
    static final SmtpServer SMTP = SmtpServer.shared();

    // Node B's JVM starts as this class loads (after SMTP, whose address it takes); @BeforeAll waits for it.
    private static final SecondNode NODE_B = launchOnMariaDb("node-b");
    private static Client client;

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    Api a;
    Api b;

    @BeforeAll
    static void startSecondNode() throws Exception {
        assumeTrue(System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:"),
                "two nodes need a shared database server");
        NODE_B.awaitReady();
        client = ClientBuilder.newClient();
    }

    private static SecondNode launchOnMariaDb(String name, String... settings) {
        if (!System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:")) {
            return null;
        }
        try {
            return SecondNode.launch(name, settings);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopSecondNode() {
        if (NODE_B != null) {
            NODE_B.close();
        }
        if (client != null) {
            client.close();
        }
    }

    @BeforeEach
    void setUp() {
        a = new Api(target);
        b = new Api(client.target(NODE_B.baseUri()));
    }

    @Test
    void sessionCreatedOnOneNodeWorksOnTheOther() {
        Fixtures.TestUser user = fixtures.user();
        String token = body(a.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD)))
                .getString("token");
        assertEquals(user.email(), body(b.get("/api/auth/session", token)).getJsonObject("user").getString("email"));
        assertEquals(204, b.post("/api/auth/logout", token, null).getStatus());
        assertEquals(401, a.get("/api/auth/session", token).getStatus(), "logout on B ends the session on A at once");
    }

    @Test
    void keyRevokedOnOneNodeIsRefusedOnTheOtherAtTheNextRequest() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        var created = body(a.post("/api/organizations/api-keys", admin.token(), obj("name", "shared", "role", "Admin")));
        String key = created.getString("key");
        assertEquals(200, b.get("/api/organizations/api-keys", admin.token()).getStatus());
        assertEquals(403, b.get("/api/auth/session", key).getStatus(),
                "node B recognises the key (and refuses it on a session-only endpoint)");
        assertEquals(204, a.delete("/api/organizations/api-keys/" + created.getString("id"), admin.token()).getStatus());
        assertEquals(401, b.get("/api/auth/session", key).getStatus());
    }

    @Test
    void roleChangedOnOneNodeAppliesOnTheOtherAtTheNextRequest() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String roleId = body(a.post("/api/organizations/roles", admin.token(), obj("name", "Auditor",
                "permissions", jakarta.json.Json.createArrayBuilder().add("roles.read").build()))).getString("id");
        Member auditor = fixtures.memberWithSession(org, "Auditor");
        assertEquals(403, b.get("/api/organizations/members", auditor.token()).getStatus());
        assertEquals(200, a.patch("/api/organizations/roles/" + roleId, admin.token(), obj("permissions",
                jakarta.json.Json.createArrayBuilder().add("roles.read").add("users.read").build())).getStatus());
        assertEquals(200, b.get("/api/organizations/members", auditor.token()).getStatus());
    }

    @Test
    void anOrganizationChangedOnOneNodeIsReadOnTheOtherAtTheNextRequest() {
        // /me takes the organization from the statement that authenticates the request: read afresh on every request.
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        var before = b.get("/api/organizations/me", admin.token());
        assertEquals(200, before.getStatus());
        String etag = before.getHeaderString("ETag");
        assertEquals(200, a.patch("/api/organizations/me", admin.token(), obj("name", "Renamed on A")).getStatus());
        var after = b.get("/api/organizations/me", admin.token());
        assertEquals("Renamed on A", body(after).getString("name"));
        assertNotEquals(etag, after.getHeaderString("ETag"));
    }

    @Test
    void bothNodesDispatchTheOutboxAndEveryEmailArrivesOnce() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String email = Fixtures.unique("twonode") + "@example.test";
            emails.add(email);
            Api node = i % 2 == 0 ? a : b;
            assertEquals(201, node.post("/api/organizations/invitations", admin.token(), obj("email", email)).getStatus());
        }
        for (String email : emails) {
            assertEquals(1, SMTP.awaitMessagesTo(email, 1, Duration.ofSeconds(30)).size(), email);
        }
        // Give a late duplicate the chance to show up (five dispatch rounds of each node), then count again.
        sleep(Duration.ofSeconds(1));
        for (String email : emails) {
            assertEquals(1, SMTP.messagesTo(email).size(), "exactly one email to " + email);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void loginThrottlingIsSharedBetweenNodes() {
        Fixtures.TestUser user = fixtures.user();
        for (int i = 0; i < 2; i++) {
            assertEquals(401, a.post("/api/auth/login", null, obj("email", user.email(), "password", "wrong")).getStatus());
            assertEquals(401, b.post("/api/auth/login", null, obj("email", user.email(), "password", "wrong")).getStatus());
        }
        assertEquals(429, a.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD)).getStatus());
        assertEquals(429, b.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD)).getStatus());
    }
}
