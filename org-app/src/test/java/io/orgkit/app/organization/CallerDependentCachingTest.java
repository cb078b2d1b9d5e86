package io.orgkit.app.organization;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /me} and {@code /me/permissions} name a different organization for each caller, and for one caller after a
 * switch: their ETags identify the organization, not only its version, so a tag from one organization never earns a
 * 304 in another; and they say they depend on the caller ({@code Cache-Control: private}, {@code Vary} on the
 * credentials) so that no shared cache answers one caller with another's.
 */
@SharedServer
class CallerDependentCachingTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void aTagFromOneOrganizationIsNotModifiedInAnother() {
        String first = fixtures.organization();
        String second = fixtures.organization();
        TestUser user = fixtures.user();
        fixtures.member(first, user, "Viewer");
        fixtures.member(second, user, "Viewer");
        String token = fixtures.login(user, first);

        Response inFirst = api.get("/api/organizations/me", token);
        assertEquals(first, body(inFirst).getString("id"));
        String firstTag = inFirst.getHeaderString("ETag");
        Response permissionsInFirst = api.get("/api/organizations/me/permissions", token);
        String firstPermissionsTag = permissionsInFirst.getHeaderString("ETag");
        permissionsInFirst.close();

        Response switched = api.put("/api/auth/session/organization", token, obj("organizationId", second));
        assertEquals(200, switched.getStatus());
        // A switch answers a new session token (the old one ends): the same caller, now in the second organization.
        token = body(switched).getString("token");

        // Both organizations are at version 1 and the role is the same: only the organization tells them apart.
        Response inSecond = api.request("/api/organizations/me", token).header("If-None-Match", firstTag).get();
        assertEquals(200, inSecond.getStatus(), "a tag of the first organization must not validate the second");
        assertNotEquals(firstTag, inSecond.getHeaderString("ETag"));
        assertEquals(second, body(inSecond).getString("id"));
        Response permissionsInSecond = api.request("/api/organizations/me/permissions", token)
                .header("If-None-Match", firstPermissionsTag).get();
        assertEquals(200, permissionsInSecond.getStatus());
        assertNotEquals(firstPermissionsTag, permissionsInSecond.getHeaderString("ETag"));
        permissionsInSecond.close();

        // Still the same organization: its own tag is a 304, with the same caching rules.
        Response unchanged = api.request("/api/organizations/me", token)
                .header("If-None-Match", inSecond.getHeaderString("ETag")).get();
        assertEquals(304, unchanged.getStatus());
        assertEquals(inSecond.getHeaderString("ETag"), unchanged.getHeaderString("ETag"));
        assertCallerDependent(unchanged);
    }

    @Test
    void answersThatDependOnTheCallerAreMarkedPrivateAndVaryOnTheCredentials() {
        String org = fixtures.organization();
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        for (String path : new String[] {"/api/organizations/me", "/api/organizations/me/permissions"}) {
            Response response = api.get(path, member.token());
            assertEquals(200, response.getStatus(), path);
            assertCallerDependent(response);
            response.close();
        }
    }

    private static void assertCallerDependent(Response response) {
        String cacheControl = response.getHeaderString("Cache-Control");
        assertTrue(cacheControl != null && cacheControl.contains("private") && cacheControl.contains("no-cache"),
                "Cache-Control: " + cacheControl);
        String vary = response.getHeaderString("Vary");
        assertTrue(vary != null && vary.contains("Authorization") && vary.contains("Cookie")
                && vary.contains("X-API-Key"), "Vary: " + vary);
    }
}
