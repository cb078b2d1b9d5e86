package io.orgkit.app.organization;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.OrganizationFixtures;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@HelidonTest
@AddConfig(key = "org.organizations.founding", value = "true")
@AddConfig(key = "org.organizations.max-founded-per-user", value = "2")
class FoundingOrganizationsTest {
    private static final String FOUND = "/api/organizations/found";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void aUserFoundsAnOrganizationAndBecomesItsAdminWithoutLeavingItsOwn() {
        String home = fixtures.organization();
        Member member = fixtures.memberWithSession(home, "Viewer");
        Response founded = api.post(FOUND, member.token(), obj("name", "My " + Fixtures.unique("Startup")));
        assertEquals(200, founded.getStatus());
        JsonObject organization = body(founded);
        String id = organization.getString("id");
        assertTrue(organization.getString("slug").startsWith("my-startup-"), organization.toString());
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND user_id = ? "
                + "AND role_name = 'Admin'", id, member.user().id()));
        assertEquals(home, body(api.get("/api/organizations/me", member.token())).getString("id"),
                "the session stays in its organization");
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND user_id = ? "
                + "AND role_name = 'Viewer'", home, member.user().id()));
        assertEquals(200, api.put("/api/auth/session/organization", member.token(), obj("organizationId", id))
                .getStatus(), "and may switch to the new one");
    }

    @Test
    void theLimitPerUserIs409NamingItAndADeletedOneNoLongerCounts() {
        TestUser user = fixtures.user();
        String token = fixtures.login(user, null);
        String first = body(api.post(FOUND, token, obj("name", Fixtures.unique("One")))).getString("id");
        assertEquals(200, api.post(FOUND, token, obj("name", Fixtures.unique("Two"))).getStatus());
        Response third = api.post(FOUND, token, obj("name", Fixtures.unique("Three")));
        assertEquals(409, third.getStatus());
        assertTrue(body(third).getString("detail").contains("(2)"));
        assertEquals(204, api.delete("/api/organizations/" + first, organizations.superAdminSession()).getStatus());
        assertEquals(200, api.post(FOUND, token, obj("name", Fixtures.unique("Three"))).getStatus());
    }

    @Test
    void foundingRefusesKeysAnonymousCallersAndBadInput() {
        String org = fixtures.organization();
        String token = fixtures.login(fixtures.user(), null);
        assertEquals(401, api.post(FOUND, null, obj("name", "X")).getStatus());
        assertEquals(403, api.post(FOUND, organizations.apiKey(org, "Admin"), obj("name", "X")).getStatus());
        assertEquals(400, api.post(FOUND, token, obj("name", " ")).getStatus());
        assertEquals(400, api.post(FOUND, token, obj("name", "X", "memberLimit", 5)).getStatus(),
                "a founder sets no member limit");
        String taken = body(api.get("/api/organizations/" + org, organizations.superAdminSession())).getString("slug");
        assertEquals(409, api.post(FOUND, token, obj("name", "X", "slug", taken)).getStatus());
    }
}
