package io.orgkit.app.invitation;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class MemberLimitTest {
    private static final String INVITATIONS = "/api/organizations/invitations";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    @Inject
    InvitationFixtures invitations;
    Api api;
    String root;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        root = organizations.superAdminSession();
    }

    private static String email() {
        return Fixtures.unique("seat") + "@example.test";
    }

    @Test
    void pendingInvitationsCountAndTheInvitationBeyondTheLimitIs409NamingIt() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response set = api.patch("/api/organizations/" + org, root, obj("memberLimit", 2));
        assertEquals(200, set.getStatus());
        assertEquals(2, body(set).getInt("memberLimit"));
        Response first = api.post(INVITATIONS, admin.token(), obj("email", email()));
        assertEquals(201, first.getStatus());
        Response beyond = api.post(INVITATIONS, admin.token(), obj("email", email()));
        assertEquals(409, beyond.getStatus());
        String detail = body(beyond).getString("detail");
        assertTrue(detail.contains("member limit of 2"), detail);
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));

        assertEquals(204, api.delete(INVITATIONS + "/" + body(first).getString("id"), admin.token()).getStatus());
        assertEquals(201, api.post(INVITATIONS, admin.token(), obj("email", email())).getStatus(),
                "a revoked invitation frees its seat");
    }

    @Test
    void anExpiredInvitationNoLongerTakesASeatAndClearingTheLimitLiftsIt() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        api.patch("/api/organizations/" + org, root, obj("memberLimit", 2));
        String id = body(api.post(INVITATIONS, admin.token(), obj("email", email()))).getString("id");
        invitations.expire(id);
        assertEquals(201, api.post(INVITATIONS, admin.token(), obj("email", email())).getStatus());
        assertEquals(409, api.post(INVITATIONS, admin.token(), obj("email", email())).getStatus());
        assertEquals(200, api.patch("/api/organizations/" + org, root, obj("memberLimit", null)).getStatus());
        assertEquals(201, api.post(INVITATIONS, admin.token(), obj("email", email())).getStatus());
    }

    @Test
    void aLimitGivenAtCreationHoldsForTheAdminInvitationToo() {
        Response created = api.post("/api/organizations", root, obj("name", Fixtures.unique("Seats"),
                "memberLimit", 1, "adminEmail", email()));
        assertEquals(201, created.getStatus());
        jakarta.json.JsonObject organization = body(created);
        assertEquals(1, organization.getInt("memberLimit"));
        String org = organization.getString("id");
        assertEquals(409, api.post("/api/organizations/" + org + "/invitations", root, obj("email", email()))
                .getStatus(), "the Admin invitation took the only seat");
    }

    @Test
    void onlyTheSuperAdminSetsTheLimit() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response refused = api.patch("/api/organizations/me", admin.token(), obj("memberLimit", 100));
        assertEquals(403, refused.getStatus());
        assertTrue(body(api.get("/api/organizations/me", admin.token())).isNull("memberLimit"));
        assertEquals(403, api.patch("/api/organizations/" + org, admin.token(), obj("memberLimit", 100)).getStatus());
        assertEquals(401, api.patch("/api/organizations/" + org, null, obj("memberLimit", 100)).getStatus());
        assertEquals(404, api.patch("/api/organizations/" + fixtures.user().id(), root,
                obj("memberLimit", 100)).getStatus());
    }

    @Test
    void aLimitBelowOneOrNotANumberIs400() {
        String org = fixtures.organization();
        for (Object bad : new Object[]{0, -1, 1_000_001, "ten"}) {
            Response response = api.patch("/api/organizations/" + org, root, obj("memberLimit", bad));
            assertEquals(400, response.getStatus(), String.valueOf(bad));
            assertEquals("memberLimit", body(response).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }
}
