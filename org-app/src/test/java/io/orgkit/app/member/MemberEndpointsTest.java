package io.orgkit.app.member;

import java.util.ArrayList;
import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.MemberRoleFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.RoleApi.MEMBERS;
import static io.orgkit.app.testing.RoleApi.missing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class MemberEndpointsTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    MemberRoleFixtures data;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void listShowsEveryMemberWithUserFieldsInJoinOrder() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        TestUser viewer = fixtures.user();
        String viewerMembership = fixtures.member(org, viewer, "Viewer");
        fixtures.member(fixtures.organization(), fixtures.user(), "Admin"); // another organization's member

        Response response = api.get(MEMBERS, admin.token());
        assertEquals(200, response.getStatus());
        JsonObject page = body(response);
        assertTrue(page.isNull("nextCursor"));
        assertEquals(2, page.getJsonArray("data").size());
        JsonObject first = page.getJsonArray("data").getJsonObject(0);
        assertEquals(admin.membershipId(), first.getString("id"));
        assertEquals(admin.user().id(), first.getString("userId"));
        assertEquals(admin.user().email(), first.getString("email"));
        assertEquals("Admin", first.getString("role"));
        assertTrue(first.getString("joinedAt").endsWith("Z"));
        assertTrue(first.getString("name").startsWith("User "));
        JsonObject second = page.getJsonArray("data").getJsonObject(1);
        assertEquals(viewerMembership, second.getString("id"));
        assertEquals(viewer.email(), second.getString("email"));
        assertEquals("Viewer", second.getString("role"));
        assertEquals(8, second.size(), "exactly {id, userId, email, name, role, joinedAt, publicMetadata, "
                + "privateMetadata}: " + second);
    }

    @Test
    void listPagesWithCursorsAndRefusesBadLimitsAndCursors() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        for (int i = 0; i < 4; i++) {
            fixtures.member(org, fixtures.user(), "Member");
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Response response = api.get(MEMBERS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), admin.token());
            assertEquals(200, response.getStatus());
            JsonObject page = body(response);
            page.getJsonArray("data").forEach(item -> seen.add(item.asJsonObject().getString("id")));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertEquals(seen.stream().sorted().toList(), seen, "ascending id order");
        assertEquals(5, seen.stream().distinct().count());

        assertEquals(400, api.get(MEMBERS + "?limit=0", admin.token()).getStatus());
        assertEquals(400, api.get(MEMBERS + "?limit=101", admin.token()).getStatus());
        assertEquals(400, api.get(MEMBERS + "?limit=ten", admin.token()).getStatus());
        assertEquals(400, api.get(MEMBERS + "?cursor=garbage", admin.token()).getStatus());
    }

    @Test
    void listFiltersByRoleCaseInsensitivelyAndByEmailOrNameSubstring() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        TestUser viewer = fixtures.user();
        fixtures.member(org, viewer, "Viewer");
        fixtures.member(org, fixtures.user(), "Member");
        fixtures.orgRole(org, "Auditor", "users.read");
        TestUser auditor = fixtures.user();
        fixtures.member(org, auditor, "Auditor");

        assertEquals(List.of(viewer.email()), emails(api.get(MEMBERS + "?role=viewer", admin.token())));
        assertEquals(List.of(auditor.email()), emails(api.get(MEMBERS + "?role=AUDITOR", admin.token())));
        assertEquals(List.of(), emails(api.get(MEMBERS + "?role=NoSuchRole", admin.token())));
        assertEquals(List.of(), emails(api.get(MEMBERS + "?role=Aud", admin.token())), "exact name, not a prefix");

        // Email contains, any case.
        String part = viewer.email().substring(5, 12).toUpperCase();
        assertEquals(List.of(viewer.email()), emails(api.get(MEMBERS + "?q=" + part, admin.token())));
        // Name contains ("User user-…" is how Fixtures names people), any case.
        assertEquals(4, emails(api.get(MEMBERS + "?q=uSeR%20", admin.token())).size());
        assertEquals(List.of(), emails(api.get(MEMBERS + "?q=%25", admin.token())), "% is a literal, not a wildcard");
        assertEquals(List.of(), emails(api.get(MEMBERS + "?q=_", admin.token())), "_ is a literal, not a wildcard");
        // Both filters at once.
        assertEquals(List.of(), emails(api.get(MEMBERS + "?role=Admin&q=" + part, admin.token())));
        assertEquals(400, api.get(MEMBERS + "?q=" + "x".repeat(255), admin.token()).getStatus());
    }

    @Test
    void patchChangesTheRoleToItsCanonicalName() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        fixtures.orgRole(org, "Support Lead", "users.read");
        Member viewer = fixtures.memberWithSession(org, "Viewer");

        Response response = api.patch(MEMBERS + "/" + viewer.membershipId(), admin.token(), obj("role", "support LEAD"));
        JsonObject member = body(response);
        assertEquals(200, response.getStatus(), member.toString());
        assertEquals("Support Lead", member.getString("role"));
        assertEquals(viewer.user().email(), member.getString("email"));
        assertEquals("Support Lead", data.roleOfMembership(viewer.membershipId()));

        // The member's own next request sees the new role.
        JsonObject session = body(api.get("/api/auth/session", viewer.token()));
        assertEquals("Support Lead", session.getJsonArray("memberships").getJsonObject(0).getString("role"));
        assertEquals(403, api.get("/api/organizations/roles", viewer.token()).getStatus(), "Support Lead lacks roles.read");
    }

    @Test
    void patchValidatesItsBody() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        String path = MEMBERS + "/" + viewer.membershipId();

        assertEquals(200, api.patch(path, admin.token(), obj()).getStatus(), "a merge patch: {} changes nothing");
        assertEquals(400, api.patch(path, admin.token(), obj("role", null)).getStatus(), "the role cannot be cleared");
        assertEquals(400, api.patch(path, admin.token(), obj("role", "  ")).getStatus());
        assertEquals(400, api.patch(path, admin.token(), obj("role", "x".repeat(65))).getStatus());
        assertEquals(400, api.patch(path, admin.token(), obj("role", "Member", "userId", "x")).getStatus(), "unknown field");
        assertEquals(400, api.patch(path, admin.token(), obj("role", "Member", "joinedAt", "2020-01-01T00:00:00Z")).getStatus());
        assertEquals(400, api.patch(path, admin.token(), "{not json").getStatus());
        assertEquals(400, api.patch(path, admin.token(), null).getStatus());
        Response unknownRole = api.patch(path, admin.token(), obj("role", "Nonexistent"));
        assertEquals(422, unknownRole.getStatus());
        assertEquals("role", body(unknownRole).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(422, api.patch(path, admin.token(), obj("role", "Super Admin")).getStatus());
        assertEquals("Viewer", data.roleOfMembership(viewer.membershipId()), "nothing changed");
    }

    @Test
    void nobodyCanAssignOrActOnARoleBeyondTheirOwnPermissions() {
        String org = fixtures.organization();
        fixtures.memberWithSession(org, "Admin");
        // A manager may change and remove members, but holds neither users.invite nor roles.*.
        fixtures.orgRole(org, "Manager", "users.read", "users.update", "users.delete");
        Member manager = fixtures.memberWithSession(org, "Manager");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        Member member = fixtures.memberWithSession(org, "Member");
        Member otherAdmin = fixtures.memberWithSession(org, "Admin");

        // Assigning a role with more permissions than the caller's.
        assertEquals(List.of("roles.read", "users.invite"),
                missing(api.patch(MEMBERS + "/" + viewer.membershipId(), manager.token(), obj("role", "Member"))));
        assertEquals("Viewer", data.roleOfMembership(viewer.membershipId()));
        assertTrue(missing(api.patch(MEMBERS + "/" + viewer.membershipId(), manager.token(), obj("role", "Admin")))
                .contains("roles.delete"));
        // Acting on a member whose current role exceeds the caller's, even to lower it.
        assertEquals(List.of("roles.read"),
                missing(api.patch(MEMBERS + "/" + viewer.membershipId(), manager.token(), obj("role", "Manager"))));
        assertEquals(List.of("roles.read", "users.invite"),
                missing(api.delete(MEMBERS + "/" + member.membershipId(), manager.token())));
        assertTrue(missing(api.patch(MEMBERS + "/" + otherAdmin.membershipId(), manager.token(), obj("role", "Manager")))
                .contains("roles.create"));
        assertTrue(missing(api.delete(MEMBERS + "/" + otherAdmin.membershipId(), manager.token())).contains("roles.create"));
        assertEquals("Admin", data.roleOfMembership(otherAdmin.membershipId()));
        assertEquals("Member", data.roleOfMembership(member.membershipId()));

        // Within its own permissions it may act.
        Member peer = fixtures.memberWithSession(org, "Manager");
        assertEquals(200, api.patch(MEMBERS + "/" + peer.membershipId(), manager.token(), obj("role", "Manager")).getStatus());
        assertEquals(204, api.delete(MEMBERS + "/" + peer.membershipId(), manager.token()).getStatus());
    }

    @Test
    void theLastAdminCanNeitherBeDemotedNorRemoved() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");

        Response demote = api.patch(MEMBERS + "/" + admin.membershipId(), admin.token(), obj("role", "Member"));
        assertEquals(409, demote.getStatus());
        assertTrue(body(demote).getString("detail").contains("last Admin"));
        assertEquals(409, api.delete(MEMBERS + "/" + admin.membershipId(), admin.token()).getStatus());
        assertEquals("Admin", data.roleOfMembership(admin.membershipId()));
        // Re-assigning Admin to the last Admin is no demotion.
        assertEquals(200, api.patch(MEMBERS + "/" + admin.membershipId(), admin.token(), obj("role", "admin")).getStatus());

        // With a second Admin, either may go.
        Member second = fixtures.memberWithSession(org, "Admin");
        assertEquals(200, api.patch(MEMBERS + "/" + admin.membershipId(), second.token(), obj("role", "Viewer")).getStatus());
        assertEquals(409, api.delete(MEMBERS + "/" + second.membershipId(), second.token()).getStatus());
        assertEquals(1, data.admins(org));
    }

    @Test
    void aRemovedMembersSessionsLoseTheOrganizationAtOnce() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        String secondSession = fixtures.login(viewer.user(), org);
        assertEquals(200, api.get(MEMBERS, viewer.token()).getStatus());

        Response removed = api.delete(MEMBERS + "/" + viewer.membershipId(), admin.token());
        assertEquals(204, removed.getStatus());
        assertNull(data.roleOfMembership(viewer.membershipId()));

        for (String token : List.of(viewer.token(), secondSession)) {
            assertEquals(404, api.get(MEMBERS, token).getStatus(), "no active organization any more");
            JsonObject session = body(api.get("/api/auth/session", token));
            assertTrue(session.isNull("organizationId"));
            assertEquals(0, session.getJsonArray("memberships").size());
        }
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE id = ?", viewer.user().id()), "the user stays");
        assertEquals(404, api.delete(MEMBERS + "/" + viewer.membershipId(), admin.token()).getStatus());
    }

    @Test
    void anotherOrganizationsMemberIsNotFoundAndUnchanged() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String otherOrg = fixtures.organization();
        Member otherViewer = fixtures.memberWithSession(otherOrg, "Viewer");
        fixtures.memberWithSession(otherOrg, "Admin");

        Response patch = api.patch(MEMBERS + "/" + otherViewer.membershipId(), admin.token(), obj("role", "Member"));
        Response unknown = api.patch(MEMBERS + "/" + io.orgkit.impl.persistence.Ids.newId(), admin.token(), obj("role", "Member"));
        assertEquals(404, patch.getStatus());
        assertEquals(404, unknown.getStatus());
        assertEquals(body(unknown).getString("title"), body(patch).getString("title"));
        assertEquals(404, api.delete(MEMBERS + "/" + otherViewer.membershipId(), admin.token()).getStatus());
        assertEquals(404, api.patch(MEMBERS + "/not-a-uuid", admin.token(), obj("role", "Member")).getStatus());
        assertEquals(404, api.delete(MEMBERS + "/not-a-uuid", admin.token()).getStatus());
        assertEquals("Viewer", data.roleOfMembership(otherViewer.membershipId()));
        assertTrue(emails(api.get(MEMBERS, admin.token())).stream().noneMatch(otherViewer.user().email()::equals));
    }

    @Test
    void withoutCredentialsOrOrganizationTheEndpointsRefuse() {
        String org = fixtures.organization();
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        for (Response response : List.of(api.get(MEMBERS, null),
                api.patch(MEMBERS + "/" + viewer.membershipId(), null, obj("role", "Admin")),
                api.delete(MEMBERS + "/" + viewer.membershipId(), null),
                api.get(MEMBERS, "orgs_forged"),
                api.get(MEMBERS, "orgk_forged"))) {
            assertEquals(401, response.getStatus());
            assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
        }
        String orphan = fixtures.login(fixtures.user(), null);
        Response noOrganization = api.get(MEMBERS, orphan);
        assertEquals(404, noOrganization.getStatus());
        assertTrue(body(noOrganization).getString("detail").contains("no active organization"));
        // A cookie request that changes state needs X-Requested-With.
        Response forged = api.request(MEMBERS + "/" + viewer.membershipId(), null)
                .header("Cookie", "org_session=" + viewer.token()).delete();
        assertEquals(403, forged.getStatus());
        assertEquals("Viewer", data.roleOfMembership(viewer.membershipId()));
    }

    private static List<String> emails(Response response) {
        JsonObject page = body(response);
        assertEquals(200, response.getStatus(), page.toString());
        return page.getJsonArray("data").stream().map(item -> item.asJsonObject().getString("email")).toList();
    }
}
