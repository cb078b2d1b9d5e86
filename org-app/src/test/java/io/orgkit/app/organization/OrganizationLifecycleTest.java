package io.orgkit.app.organization;

import java.time.Duration;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class OrganizationLifecycleTest {
    private static final String SUSPENDED = "urn:orgkit:problem:organization-suspended";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;
    String root;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        root = organizations.superAdminSession();
    }

    private void assertSuspended(Response response) {
        assertEquals(403, response.getStatus());
        JsonObject problem = body(response);
        assertEquals(SUSPENDED, problem.getString("type"), problem.toString());
    }

    @Test
    void aSuspendedOrganizationsSessionsAndKeysGet403WithTheirOwnTypeUntilItIsResumed() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = organizations.apiKey(org, "Admin");
        Response suspended = api.post("/api/organizations/" + org + "/suspend", root, null);
        assertEquals(200, suspended.getStatus());
        assertFalse(body(suspended).isNull("suspendedAt"));

        assertSuspended(api.get("/api/organizations/me", admin.token()));
        assertSuspended(api.get("/api/organizations/members", admin.token()));
        assertSuspended(api.post("/api/organizations/invitations", admin.token(),
                obj("email", Fixtures.unique("x") + "@example.test")));
        assertSuspended(api.get("/api/organizations/me", key));
        assertEquals(200, api.get("/api/auth/session", admin.token()).getStatus(),
                "the session lives on: its user may switch to another organization");
        assertEquals(200, api.get("/api/organizations/" + org + "/members", root).getStatus(),
                "the Super Admin still manages it");
        assertEquals(200, api.post("/api/organizations/" + org + "/suspend", root, null).getStatus(),
                "suspending again changes nothing");

        Response resumed = api.post("/api/organizations/" + org + "/resume", root, null);
        assertEquals(200, resumed.getStatus());
        assertTrue(body(resumed).isNull("suspendedAt"));
        assertEquals(200, api.get("/api/organizations/me", admin.token()).getStatus());
        assertEquals(200, api.get("/api/organizations/me", key).getStatus());
    }

    @Test
    void onlyTheSuperAdminSuspendsResumesAndRestores() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = organizations.apiKey(org, "Admin");
        for (String action : new String[]{"suspend", "resume", "restore"}) {
            String path = "/api/organizations/" + org + "/" + action;
            assertEquals(401, api.post(path, null, null).getStatus(), action);
            assertEquals(403, api.post(path, admin.token(), null).getStatus(), action);
            assertEquals(403, api.post(path, key, null).getStatus(), action);
            assertEquals(404, api.post("/api/organizations/" + fixtures.user().id() + "/" + action, root, null)
                    .getStatus(), action);
        }
        assertEquals(200, api.get("/api/organizations/me", admin.token()).getStatus(), "nothing happened");
    }

    @Test
    void aDeletedOrganizationIsListedOnRequestAndRestoredWithEverythingItHad() {
        String name = Fixtures.unique("Phoenix");
        String org = body(api.post("/api/organizations", root, obj("name", name))).getString("id");
        Member member = fixtures.memberWithSession(org, "Member");
        String key = organizations.apiKey(org, "Viewer");
        assertEquals(204, api.delete("/api/organizations/" + org, root).getStatus());

        JsonArray live = body(api.get("/api/organizations?q=" + name, root)).getJsonArray("data");
        assertTrue(live.isEmpty(), "deleted organizations are left out of the list");
        JsonArray deleted = body(api.get("/api/organizations?deleted=true&q=" + name, root)).getJsonArray("data");
        assertEquals(1, deleted.size());
        assertFalse(deleted.getJsonObject(0).isNull("deletedAt"));
        assertEquals(401, api.get("/api/organizations/me", key).getStatus());

        Response restored = api.post("/api/organizations/" + org + "/restore", root, null);
        assertEquals(200, restored.getStatus());
        assertTrue(body(restored).isNull("deletedAt"));
        assertEquals(org, body(api.get("/api/organizations/me", member.token())).getString("id"),
                "the session's organization is back");
        assertEquals(200, api.get("/api/organizations/me", key).getStatus(), "and its keys");
        Response again = api.post("/api/organizations/" + org + "/restore", root, null);
        assertEquals(409, again.getStatus(), "not deleted");
    }

    @Test
    void pastTheRestoreWindowARestoreIs410() {
        String org = fixtures.organization();
        assertEquals(204, api.delete("/api/organizations/" + org, root).getStatus());
        fixtures.deletedAgo(org, Duration.ofDays(30).plusMinutes(1));
        assertEquals(410, api.post("/api/organizations/" + org + "/restore", root, null).getStatus());
        fixtures.deletedAgo(org, Duration.ofDays(29));
        assertEquals(200, api.post("/api/organizations/" + org + "/restore", root, null).getStatus());
    }

    @Test
    void aDeletedOrganizationCannotBeSuspendedSwitchedToOrJoined() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Admin");
        String other = fixtures.organization();
        String token = fixtures.memberWithSession(other, "Member").token();
        assertEquals(204, api.delete("/api/organizations/" + org, root).getStatus());
        assertEquals(404, api.post("/api/organizations/" + org + "/suspend", root, null).getStatus());
        assertEquals(404, api.get("/api/organizations/by-slug/" + org, root).getStatus());
        JsonObject session = body(api.get("/api/auth/session", member.token()));
        assertTrue(session.getJsonArray("memberships").isEmpty(), session.toString());
        assertEquals(404, api.get("/api/organizations/me", member.token()).getStatus());
        assertEquals(200, api.get("/api/organizations/me", token).getStatus(), "other organizations are untouched");
    }
}
