package io.orgkit.app.web;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server shows and how its answers may be kept: secrets are never cached, browsers never sniff types nor
 * send a referrer, and nothing describes the server's insides to an anonymous client (no WADL, no metrics, no health
 * detail).
 */
@SharedServer
@HttpOnly
class ExposureTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    private static void assertBrowserHeaders(Response response) {
        assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"), response.getHeaders().toString());
        assertEquals("no-referrer", response.getHeaderString("Referrer-Policy"), response.getHeaders().toString());
    }

    private static void assertNoStore(Response response) {
        assertTrue(String.valueOf(response.getHeaderString("Cache-Control")).contains("no-store"),
                response.getHeaders().toString());
        assertBrowserHeaders(response);
    }

    // The audit: no Cache-Control: no-store on login, accept and key creation; no X-Content-Type-Options.
    @Test
    void answersCarryingSecretsAndAuthenticatedAnswersAreNeverStored() {
        Fixtures.TestUser user = fixtures.user();
        assertNoStore(api.post("/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD)));
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Response key = api.post("/api/organizations/api-keys", admin.token(), obj("name", "ci", "role", "Viewer"));
        assertEquals(201, key.getStatus());
        assertNoStore(key);
        assertNoStore(api.get("/api/organizations/me", admin.token()));
        assertNoStore(api.get("/api/organizations/members", admin.token()));
        assertNoStore(api.get("/api/auth/session", null)); // a 401 problem too
    }

    @Test
    void apiAnswersAndProblemsTellBrowsersNotToSniffNorRefer() {
        assertBrowserHeaders(target.path("/no/such/path").request().get());
        assertBrowserHeaders(target.path("/metrics").request().get());
        assertBrowserHeaders(api.post("/api/invitations/lookup", null, obj("token", "orgi_nothing")));
    }

    // The audit: Jersey's WADL at /application.wadl and on OPTIONS of any path named /bench/baseline and Jersey's
    // version.
    @Test
    void noWadlAndNoGeneratedDescriptions() {
        assertEquals(404, target.path("/application.wadl").request().get().getStatus());
        Response options = target.path("/api/auth/session").request().options();
        assertEquals(405, options.getStatus(), "no operation answers OPTIONS");
        assertTrue(String.valueOf(options.getHeaderString("Allow")).contains("GET"), options.getHeaders().toString());
        String text = options.hasEntity() ? options.readEntity(String.class) : "";
        assertFalse(text.contains("wadl") || text.contains("Jersey") || text.contains("bench"), text);
        assertEquals("application/problem+json", String.valueOf(options.getMediaType()));
    }

    // The audit: /metrics without authentication.
    @Test
    void metricsNeedASuperAdminSession() {
        assertEquals(401, target.path("/metrics").request(MediaType.TEXT_PLAIN).get().getStatus());
        Fixtures.Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        assertEquals(403, target.path("/metrics").request(MediaType.TEXT_PLAIN)
                .header("Authorization", "Bearer " + admin.token()).get().getStatus());
        String root = fixtures.login(fixtures.user(true), null);
        Response metrics = target.path("/metrics").request(MediaType.TEXT_PLAIN)
                .header("Authorization", "Bearer " + root).get();
        assertEquals(200, metrics.getStatus());
        assertTrue(metrics.readEntity(String.class).contains("jvm_uptime"));
    }

    @Test
    void anonymousHealthSaysUpWithoutInternalDetail() {
        Response response = target.path("/health").request(MediaType.APPLICATION_JSON).get();
        assertEquals(200, response.getStatus());
        String text = response.readEntity(String.class);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            assertEquals("UP", reader.readObject().getString("status"));
        }
        assertFalse(text.contains("\"data\""), text);
        assertFalse(text.contains("H2") || text.contains("MariaDB"), text);
    }
}
