package io.orgkit.app.organization;

import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.MemberRoleFixtures;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.persistence.Ids;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Super Admin console's routes into one organization ({@code /api/organizations/{id}/members}, {@code /roles},
 * {@code /invitations}): served by the same resources as the {@code /me} routes, on the organization named in the
 * path, and only to a Super Admin's session. The organization's own rules (shadowing, the last Admin) hold there too.
 */
@SharedServer
class OrganizationConsoleScopeTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    @Inject
    MemberRoleFixtures data;
    Api api;
    String root;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        root = organizations.superAdminSession();
    }

    @Test
    void everyConsoleRouteRefusesAdminsMembersAndApiKeys() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        String adminKey = organizations.apiKey(org, "Admin");
        String base = "/api/organizations/" + org;
        for (String path : List.of("/members", "/roles", "/invitations", "/members/" + admin.membershipId(),
                "/roles/" + Ids.newId(), "/invitations/" + Ids.newId())) {
            for (String caller : List.of(admin.token(), member.token(), adminKey)) {
                assertEquals(403, status(api.get(base + path, caller)), path);
                assertEquals(403, status(api.delete(base + path, caller)), path);
                assertEquals(403, status(api.post(base + path, caller, obj("name", "x", "email", "x@example.test",
                        "permissions", List.of()))), path);
            }
            assertEquals(401, status(api.get(base + path, null)), path);
        }
        assertEquals(403, status(api.patch(base + "/members/" + member.membershipId(), admin.token(),
                obj("role", "Viewer"))));
        assertEquals("Member", data.roleOfMembership(member.membershipId()), "nothing changed");
    }

    @Test
    void anUnknownOrganizationIs404ToASuperAdminAnd403ToOthers() {
        String unknown = Ids.newId();
        for (String section : List.of("members", "roles", "invitations")) {
            Response response = api.get("/api/organizations/" + unknown + "/" + section, root);
            assertEquals(404, response.getStatus(), section);
            assertEquals("application/problem+json", response.getMediaType().toString());
        }
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        assertEquals(403, status(api.get("/api/organizations/" + unknown + "/members", admin.token())),
                "the gate answers before anything about the organization is told");
        assertEquals(404, status(api.get("/api/organizations/not-an-id/members", root)));
    }

    @Test
    void aSuperAdminListsAndChangesAnOrganizationsMembers() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        fixtures.memberWithSession(fixtures.organization(), "Admin"); // another organization's

        JsonObject page = body(api.get("/api/organizations/" + org + "/members", root));
        assertEquals(2, page.getJsonArray("data").size());
        assertEquals(List.of(admin.membershipId(), viewer.membershipId()), page.getJsonArray("data").stream()
                .map(m -> m.asJsonObject().getString("id")).toList());

        Response promoted = api.patch("/api/organizations/" + org + "/members/" + viewer.membershipId(), root,
                obj("role", "member"));
        assertEquals(200, promoted.getStatus());
        assertEquals("Member", body(promoted).getString("role"));
        assertEquals("Member", body(api.get("/api/organizations/me/permissions", viewer.token())).getString("role"),
                "the member's own next request sees it");
        // An id of another organization is not found through this organization.
        Member elsewhere = fixtures.memberWithSession(fixtures.organization(), "Viewer");
        assertEquals(404, status(api.delete("/api/organizations/" + org + "/members/" + elsewhere.membershipId(),
                root)));
        assertEquals("Viewer", data.roleOfMembership(elsewhere.membershipId()));
    }

    @Test
    void theLastAdminRuleHoldsInTheConsoleToo() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String path = "/api/organizations/" + org + "/members/" + admin.membershipId();
        assertEquals(409, status(api.patch(path, root, obj("role", "Viewer"))));
        assertEquals(409, status(api.delete(path, root)));
        assertEquals("Admin", data.roleOfMembership(admin.membershipId()));

        Member second = fixtures.memberWithSession(org, "Member");
        assertEquals(200, status(api.patch("/api/organizations/" + org + "/members/" + second.membershipId(), root,
                obj("role", "Admin"))));
        assertEquals(204, status(api.delete(path, root)), "with another Admin, the first may go");
        assertEquals(1, data.admins(org));
    }

    @Test
    void aRoleCreatedInTheConsoleShadowsTheSystemRoleForThatOrganizationOnly() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Member");
        String other = fixtures.organization();
        Member otherMember = fixtures.memberWithSession(other, "Member");

        Response created = api.post("/api/organizations/" + org + "/roles", root,
                obj("name", "member", "permissions", List.of("users.read")));
        assertEquals(201, created.getStatus());
        JsonObject shadow = body(created);
        assertTrue(shadow.getBoolean("shadowsSystemRole"));
        assertTrue(created.getHeaderString("Location").endsWith("/api/organizations/" + org + "/roles/"
                + shadow.getString("id")), created.getHeaderString("Location"));

        JsonObject permissions = body(api.get("/api/organizations/me/permissions", member.token()));
        assertFalse(permissions.getJsonObject("permissions").getBoolean("users.invite"), "shadowed: no invite");
        assertEquals("org:Member", permissions.getJsonObject("sources").getString("users.read"));
        assertTrue(body(api.get("/api/organizations/me/permissions", otherMember.token()))
                .getJsonObject("permissions").getBoolean("users.invite"), "another organization keeps the system role");

        assertEquals(204, status(api.delete("/api/organizations/" + org + "/roles/" + shadow.getString("id"), root)));
        assertTrue(body(api.get("/api/organizations/me/permissions", member.token()))
                .getJsonObject("permissions").getBoolean("users.invite"), "deleting the shadow brings Member back");
    }

    @Test
    void theConsoleActsWithEveryPermissionButOnlyCatalogOnes() {
        String org = fixtures.organization();
        // The Super Admin holds every permission there, so it may create a role granting all of them...
        Response everything = api.post("/api/organizations/" + org + "/roles", root, obj("name", "Deputy",
                "permissions", List.of("users.read", "users.update", "users.delete", "users.invite", "roles.read",
                        "roles.create", "roles.update", "roles.delete")));
        assertEquals(201, everything.getStatus());
        // ...but nothing outside the catalog, and never the reserved names.
        assertEquals(422, status(api.post("/api/organizations/" + org + "/roles", root,
                obj("name", "Pilot", "permissions", List.of("planes.fly")))));
        assertEquals(422, status(api.post("/api/organizations/" + org + "/roles", root,
                obj("name", "Admin", "permissions", List.of()))));
    }

    @Test
    void aSuperAdminInvitesIntoAnOrganizationAndIsNamedAsTheInviter() {
        String org = fixtures.organization();
        String email = Fixtures.unique("invitee") + "@example.test";
        Response invited = api.post("/api/organizations/" + org + "/invitations", root, obj("email", email,
                "role", "Admin"));
        assertEquals(201, invited.getStatus());
        JsonObject invitation = body(invited);
        assertTrue(invitation.getString("invitedBy").startsWith("root-"), invitation.toString());
        JsonObject listed = body(api.get("/api/organizations/" + org + "/invitations?status=pending", root));
        assertEquals(1, listed.getJsonArray("data").size());
        assertEquals(204, status(api.delete("/api/organizations/" + org + "/invitations/"
                + invitation.getString("id"), root)));
        assertEquals(0, body(api.get("/api/organizations/" + org + "/invitations?status=pending", root))
                .getJsonArray("data").size());
    }
}
