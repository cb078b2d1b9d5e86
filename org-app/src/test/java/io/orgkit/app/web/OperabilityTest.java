package io.orgkit.app.web;

import java.util.Optional;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.auth.SuperAdminBootstrap;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.UserAccounts;
import io.orgkit.impl.secret.PasswordHasher;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class OperabilityTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    JpaUserStore users;
    @Inject
    UserAccounts accounts;
    @Inject
    PasswordHasher hasher;

    @Test
    void healthIsUpWithADatabaseCheck() {
        Response response = target.path("/health").request(MediaType.APPLICATION_JSON).get();
        assertEquals(200, response.getStatus());
        JsonObject health = Api.body(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(health.getJsonArray("checks").stream()
                .map(check -> check.asJsonObject())
                .anyMatch(check -> check.getString("name").equals("orgkit-database")
                        && check.getString("status").equals("UP")), health.toString());
    }

    @Test
    void metricsAreServedToASuperAdmin() {
        String root = fixtures.login(fixtures.user(true), null);
        Response response = target.path("/metrics").request(MediaType.TEXT_PLAIN)
                .header("Authorization", "Bearer " + root).get();
        assertEquals(200, response.getStatus());
        assertTrue(response.readEntity(String.class).contains("jvm_uptime"));
    }

    @Test
    void openApiDescribesTheApiItsSecuritySchemesAndTags() {
        Response response = target.path("/openapi").request(MediaType.APPLICATION_JSON).get();
        assertEquals(200, response.getStatus());
        JsonObject document = Api.body(response);
        assertEquals("orgkit organizations API", document.getJsonObject("info").getString("title"));
        assertTrue(document.getJsonObject("info").containsKey("version"));
        assertTrue(document.getJsonObject("info").containsKey("description"));
        JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertTrue(schemes.containsKey("sessionCookie") && schemes.containsKey("sessionBearer") && schemes.containsKey("apiKey"));
        assertTrue(document.getJsonObject("paths").containsKey("/api/auth/login"));
        assertTrue(document.getJsonObject("paths").containsKey("/api/organizations/api-keys"));
        assertTrue(document.getJsonArray("tags").size() >= 5);
    }

    // The audit: the bootstrap promoted an existing user with the configured email without checking the password.
    @Test
    void bootstrapPromotesAnExistingUserOnlyWhenTheConfiguredPasswordIsTheirs() {
        Fixtures.TestUser user = fixtures.user();
        fixtures.inTransaction(() -> bootstrap(user.email(), "someone-elses-password").createOrPromote());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE id = ? AND super_admin = TRUE",
                user.id()), "whoever registered the email first does not become Super Admin");
        fixtures.inTransaction(() -> bootstrap(user.email(), Fixtures.PASSWORD).createOrPromote());
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE id = ? AND super_admin = TRUE",
                user.id()), "the owner of the configured password does");
    }

    private SuperAdminBootstrap bootstrap(String email, String password) {
        return new SuperAdminBootstrap(users, accounts, hasher, Optional.of(email), Optional.of(password));
    }

    @Test
    void superAdminIsBootstrappedOnceFromSettings() {
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE email = ? AND super_admin = TRUE",
                "root@orgkit.test"));
        assertTrue(fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE super_admin = TRUE") >= 1);
    }
}
