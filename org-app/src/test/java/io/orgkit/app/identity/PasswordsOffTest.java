package io.orgkit.app.identity;

import java.util.UUID;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.OidcProvider;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A host whose users come only from its identity provider: passwords switched off, users created on first sight.
 */
@HelidonTest
@AddConfig(key = "org.auth.passwords.enabled", value = "false")
@AddConfig(key = "org.identity.create-users", value = "true")
class PasswordsOffTest {
    @RegisterExtension
    static final OidcProvider PROVIDER = new OidcProvider();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void everyUseOfAPasswordIsRefused() {
        TestUser user = fixtures.user();
        assertEquals(403, status(api.post("/api/auth/login", null, obj("email", user.email(), "password",
                Fixtures.PASSWORD))), "the right password logs nobody in");
        assertEquals(403, status(api.post("/api/account/password-reset", null, obj("email", user.email()))));
        assertEquals(403, status(api.post("/api/account/password-reset/complete", null,
                obj("token", "orgr_x", "newPassword", "a-fresh-password"))));
        String token = PROVIDER.token("subject-" + UUID.randomUUID(), user.email());
        assertEquals(403, status(api.put("/api/account/password", token,
                obj("currentPassword", Fixtures.PASSWORD, "newPassword", "a-fresh-password"))));
    }

    @Test
    void aNewIdentityIsCreatedWithoutMembershipAndJoinsByAcceptingItsInvitation() {
        String email = Fixtures.unique("newcomer") + "@example.test";
        String org = fixtures.organization();
        InvitationFixtures.Issued invitation = invitations.issue(org, email, "Viewer");

        assertEquals(401, status(api.post("/api/invitations/accept", null, obj("token", invitation.token(),
                "name", "New Comer", "password", "a-fresh-password"))), "no account is made with a password");
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE email = ?", email));

        String token = PROVIDER.token("subject-" + UUID.randomUUID(), email);
        assertEquals(email, body(api.get("/api/account", token)).getString("email"), "created on first sight");
        assertEquals(0, body(api.get("/api/account/organizations", token)).getJsonArray("data").size());
        assertEquals(404, status(api.get("/api/organizations/me", token)), "no organization until invited");

        String someoneElse = PROVIDER.token("subject-" + UUID.randomUUID(), Fixtures.unique("other") + "@example.test");
        assertEquals(403, status(api.post("/api/invitations/accept", someoneElse, obj("token", invitation.token()))),
                "an identity whose verified email does not match");
        assertEquals(200, status(api.post("/api/invitations/accept", token, obj("token", invitation.token()))));
        assertEquals("Viewer", body(api.get("/api/organizations/me/permissions", token)).getString("role"));
    }
}
