package io.orgkit.app.scale;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.SecondNode;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two nodes on one MariaDB behave as one system: nothing about a caller is kept in one node's memory.
 * Node A is the test's own server, node B a second JVM. Runs on MariaDB only (an in-memory H2 cannot be shared).
 */
@HelidonTest
class TwoNodeTest {
    private static SecondNode nodeB;
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
        nodeB = SecondNode.start("node-b");
        client = ClientBuilder.newClient();
    }

    @AfterAll
    static void stopSecondNode() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (client != null) {
            client.close();
        }
    }

    @BeforeEach
    void setUp() {
        a = new Api(target);
        b = new Api(client.target(nodeB.baseUri()));
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
