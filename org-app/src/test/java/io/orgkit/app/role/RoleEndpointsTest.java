package io.orgkit.app.role;

import java.util.List;

import io.orgkit.api.permission.PermissionCatalog;
import io.orgkit.api.permission.PermissionDefinition;
import io.orgkit.api.permission.SystemRole;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.MemberRoleFixtures;
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
import static io.orgkit.app.testing.RoleApi.MEMBERS;
import static io.orgkit.app.testing.RoleApi.ROLES;
import static io.orgkit.app.testing.RoleApi.createRole;
import static io.orgkit.app.testing.RoleApi.missing;
import static io.orgkit.app.testing.RoleApi.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class RoleEndpointsTest {

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    MemberRoleFixtures data;
    @Inject
    PermissionCatalog catalog;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    // The audit: "Super\u00a0Admin", Cyrillic "Аdmin", "Admin\u200b" and a lone zero-width space were accepted.
    @Test
    void lookAlikeAndInvisibleRoleNamesAreRefused() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        for (String invisible : List.of("Super\u00a0Admin", "Admin\u200b", "\u200b", "Aud\u202eitor", "\u3000")) {
            Response refused = api.post(ROLES, admin.token(), obj("name", invisible, "permissions", List.of()));
            assertEquals(400, refused.getStatus(), invisible);
            assertEquals("name", body(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        for (String lookAlike : List.of("\u0410dmin", "Adrnin", "Super \u0410dmin", "\u041cember", "Vi\u0435wer")) {
            Response refused = api.post(ROLES, admin.token(), obj("name", lookAlike, "permissions", List.of()));
            assertEquals(422, refused.getStatus(), lookAlike);
            assertEquals("name", body(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        createRole(api, admin.token(), "Auditor", "users.read");
        Response twin = api.post(ROLES, admin.token(), obj("name", "\u0410uditor", "permissions", List.of()));
        assertEquals(409, twin.getStatus(), "a look-alike of an existing role");
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ?", org));
        assertEquals(201, api.post(ROLES, admin.token(), obj("name", "Viewer", "permissions", List.of("users.read")))
                .getStatus(), "the exact name still shadows");
    }

    @Test
    void listShowsTheSystemRolesWithFixedIdsThenTheOrganizationsRoles() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String auditor = fixtures.orgRole(org, "Auditor", "users.read");
        fixtures.orgRole(fixtures.organization(), "Elsewhere", "users.read");

        Response response = api.get(ROLES, admin.token());
        assertEquals(200, response.getStatus());
        JsonObject page = body(response);
        assertTrue(page.isNull("nextCursor"));
        List<JsonObject> roles = page.getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(List.of("Admin", "Member", "Viewer", "Auditor"), roles.stream().map(r -> r.getString("name")).toList());
        assertEquals(List.of(SystemRole.ADMIN.id(), SystemRole.MEMBER.id(), SystemRole.VIEWER.id(), auditor),
                roles.stream().map(r -> r.getString("id")).toList());
        assertEquals(catalog.all().stream().map(PermissionDefinition::name).toList(),
                strings(roles.get(0).getJsonArray("permissions")), "Admin holds the whole catalog, the host's too");
        assertEquals(List.of("users.read", "users.invite", "roles.read"), strings(roles.get(1).getJsonArray("permissions")));
        assertEquals(List.of("users.read", "roles.read"), strings(roles.get(2).getJsonArray("permissions")));
        for (int i = 0; i < 3; i++) {
            assertTrue(roles.get(i).getBoolean("system"));
            assertFalse(roles.get(i).getBoolean("shadowsSystemRole"));
        }
        assertFalse(roles.get(3).getBoolean("system"));
        assertFalse(roles.get(3).getBoolean("shadowsSystemRole"));
        assertEquals(6, roles.get(3).size(), "{id, name, description, permissions, system, shadowsSystemRole}");

        // Keyset pages across system and organization roles.
        JsonObject first = body(api.get(ROLES + "?limit=2", admin.token()));
        assertEquals(2, first.getJsonArray("data").size());
        JsonObject second = body(api.get(ROLES + "?limit=2&cursor=" + first.getString("nextCursor"), admin.token()));
        assertEquals(List.of("Viewer", "Auditor"),
                second.getJsonArray("data").getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).toList());
        assertTrue(second.isNull("nextCursor"));
        assertEquals(400, api.get(ROLES + "?limit=0", admin.token()).getStatus());
        assertEquals(400, api.get(ROLES + "?cursor=nope", admin.token()).getStatus());

        assertEquals("Auditor", body(api.get(ROLES + "/" + auditor, admin.token())).getString("name"));
        assertEquals("Viewer", body(api.get(ROLES + "/" + SystemRole.VIEWER.id(), admin.token())).getString("name"));
    }

    @Test
    void createAnswers201WithLocationAndTheRole() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response response = api.post(ROLES, admin.token(), obj("name", "  Billing Clerk  ", "description", "Pays bills",
                "permissions", List.of("roles.read", "users.read", "users.read")));
        JsonObject role = body(response);
        assertEquals(201, response.getStatus(), role.toString());
        assertTrue(Ids.isWellFormed(role.getString("id")));
        assertTrue(response.getHeaderString("Location").endsWith("/api/organizations/roles/" + role.getString("id")));
        assertEquals("Billing Clerk", role.getString("name"), "trimmed");
        assertEquals("Pays bills", role.getString("description"));
        assertEquals(List.of("users.read", "roles.read"), strings(role.getJsonArray("permissions")), "catalog order, once");
        assertFalse(role.getBoolean("system"));
        assertFalse(role.getBoolean("shadowsSystemRole"));

        Response noDescription = api.post(ROLES, admin.token(), obj("name", "Empty", "permissions", List.of()));
        assertEquals(201, noDescription.getStatus());
        assertTrue(body(noDescription).isNull("description"));
    }

    @Test
    void createValidatesNamePermissionsAndUniqueness() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String token = admin.token();
        createRole(api, token, "Auditor", "users.read");

        assertEquals(409, api.post(ROLES, token, obj("name", "AUDITOR", "permissions", List.of())).getStatus());
        assertEquals(400, api.post(ROLES, token, obj("permissions", List.of())).getStatus(), "name required");
        assertEquals(400, api.post(ROLES, token, obj("name", "   ", "permissions", List.of())).getStatus());
        assertEquals(400, api.post(ROLES, token, obj("name", "x".repeat(65), "permissions", List.of())).getStatus());
        assertEquals(201, api.post(ROLES, token, obj("name", "y".repeat(64), "permissions", List.of())).getStatus());
        assertEquals(400, api.post(ROLES, token, obj("name", "Desc", "description", "d".repeat(501),
                "permissions", List.of())).getStatus());
        assertEquals(400, api.post(ROLES, token, obj("name", "NoPermissions")).getStatus(), "permissions required");
        assertEquals(400, api.post(ROLES, token, obj("name", "Typed", "permissions", "users.read")).getStatus());
        assertEquals(400, api.post(ROLES, token, obj("name", "Extra", "permissions", List.of(), "system", true)).getStatus());
        assertEquals(400, api.post(ROLES, token, "{\"name\":").getStatus());

        Response unknown = api.post(ROLES, token, obj("name", "Unknown", "permissions", List.of("users.read", "projects.fly", "root")));
        assertEquals(422, unknown.getStatus());
        JsonObject problem = body(unknown);
        assertEquals("permissions", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(problem.getString("detail").contains("projects.fly"), problem.toString());
        assertTrue(problem.getString("detail").contains("root"), problem.toString());

        for (String reserved : List.of("Admin", "admin", " ADMIN ", "Super Admin", "super admin")) {
            Response refused = api.post(ROLES, token, obj("name", reserved, "permissions", List.of("users.read")));
            assertEquals(422, refused.getStatus(), reserved);
            assertEquals("name", body(refused).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        // Lengths count code points of the case-folded name: 64 emoji fit, and so do 32 'İ' (each folds to two code
        // points); 64 'İ' fold to 128 and are refused rather than overflowing the key column (they were a 500).
        assertEquals(201, api.post(ROLES, token, obj("name", "\uD83D\uDE80".repeat(64), "permissions", List.of()))
                .getStatus());
        assertEquals(201, api.post(ROLES, token, obj("name", "\u0130".repeat(32), "permissions", List.of())).getStatus());
        Response dotted = api.post(ROLES, token, obj("name", "\u0130".repeat(64), "permissions", List.of()));
        assertEquals(400, dotted.getStatus());
        assertEquals("name", body(dotted).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(4, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ?", org),
                "Auditor, yyy…, the emoji and the dotted ones, and nothing of the refused ones");
    }

    @Test
    void nobodyCreatesOrEditsARoleWithPermissionsTheyLack() {
        String org = fixtures.organization();
        fixtures.memberWithSession(org, "Admin");
        fixtures.orgRole(org, "Role Editor", "roles.read", "roles.create", "roles.update", "roles.delete", "users.read");
        Member editor = fixtures.memberWithSession(org, "Role Editor");

        assertEquals(List.of("users.delete", "users.update"), missing(api.post(ROLES, editor.token(),
                obj("name", "Power", "permissions", List.of("users.read", "users.update", "users.delete")))));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ? AND name = 'Power'", org));
        String own = createRole(api, editor.token(), "Reader", "users.read").getString("id");
        assertEquals(List.of("users.invite"), missing(api.patch(ROLES + "/" + own, editor.token(),
                obj("permissions", List.of("users.read", "users.invite")))));
        // A role already holding more than the caller cannot be touched, not even to lower it.
        String strong = fixtures.orgRole(org, "Strong", "users.read", "users.delete");
        assertEquals(List.of("users.delete"), missing(api.patch(ROLES + "/" + strong, editor.token(),
                obj("permissions", List.of("users.read")))));
        assertEquals(List.of("users.delete"), missing(api.patch(ROLES + "/" + strong, editor.token(),
                obj("description", "renamed"))));
        assertEquals(List.of("users.delete"), missing(api.delete(ROLES + "/" + strong, editor.token())));
        // Shadowing Member would hand its holders users.invite's absence: the caller must hold Member's permissions.
        assertEquals(List.of("users.invite"), missing(api.post(ROLES, editor.token(),
                obj("name", "Member", "permissions", List.of("users.read")))));
        assertEquals(200, api.patch(ROLES + "/" + own, editor.token(), obj("description", "mine")).getStatus());
    }

    @Test
    void patchChangesDescriptionAndPermissionsButNeverTheName() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        JsonObject created = createRole(api, admin.token(), "Support", "users.read");
        String path = ROLES + "/" + created.getString("id");

        Response described = api.patch(path, admin.token(), obj("description", "Answers tickets"));
        assertEquals(200, described.getStatus());
        JsonObject role = body(described);
        assertEquals("Answers tickets", role.getString("description"));
        assertEquals(List.of("users.read"), strings(role.getJsonArray("permissions")), "absent permissions unchanged");

        role = body(api.patch(path, admin.token(), obj("permissions", List.of("roles.read", "users.invite"))));
        assertEquals(List.of("users.invite", "roles.read"), strings(role.getJsonArray("permissions")));
        assertEquals("Answers tickets", role.getString("description"), "absent description unchanged");

        role = body(api.patch(path, admin.token(), obj("description", "")));
        assertTrue(role.isNull("description"), "an empty description clears it");
        assertEquals(200, api.patch(path, admin.token(), obj("permissions", List.of())).getStatus());

        role = body(api.patch(path, admin.token(), obj("description", "Again")));
        role = body(api.patch(path, admin.token(), obj("description", null)));
        assertTrue(role.isNull("description"), "a merge patch's null clears the description");
        assertEquals(400, api.patch(path, admin.token(), obj("permissions", null)).getStatus(),
                "permissions cannot be cleared: [] grants nothing");

        Response rename = api.patch(path, admin.token(), obj("name", "Renamed"));
        assertEquals(400, rename.getStatus());
        assertEquals(400, api.patch(path, admin.token(), obj("id", Ids.newId())).getStatus());
        assertEquals(400, api.patch(path, admin.token(), obj("system", true)).getStatus());
        assertEquals(400, api.patch(path, admin.token(), obj("description", "d".repeat(501))).getStatus());
        assertEquals(422, api.patch(path, admin.token(), obj("permissions", List.of("nope.nope"))).getStatus());
        assertEquals("Support", body(api.get(path, admin.token())).getString("name"));
    }

    @Test
    void systemRolesAreReadOnly() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        for (String id : List.of(SystemRole.ADMIN.id(), SystemRole.MEMBER.id(), SystemRole.VIEWER.id())) {
            assertEquals(403, api.patch(ROLES + "/" + id, admin.token(), obj("description", "mine")).getStatus());
            assertEquals(403, api.delete(ROLES + "/" + id, admin.token()).getStatus());
        }
    }

    @Test
    void anOrganizationRoleShadowsTheSystemRoleForMembersAndKeysUntilDeleted() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member viewer = fixtures.memberWithSession(org, "Viewer");
        String viewerKey = data.apiKey(org, "Viewer");
        assertEquals(200, api.get(MEMBERS, viewer.token()).getStatus());
        assertEquals(200, api.get(MEMBERS, viewerKey).getStatus());

        JsonObject shadow = createRole(api, admin.token(), "vIeWeR", "roles.read");
        assertEquals("Viewer", shadow.getString("name"), "stored with the system role's casing");
        assertTrue(shadow.getBoolean("shadowsSystemRole"));
        assertFalse(shadow.getBoolean("system"));
        assertNotEquals(SystemRole.VIEWER.id(), shadow.getString("id"));

        // At once, for every holder of the name.
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, viewer.token())));
        assertEquals(List.of("users.read"), missing(api.get(MEMBERS, viewerKey)));
        JsonObject permissions = body(api.get(ROLES, viewer.token()));
        List<JsonObject> listed = permissions.getJsonArray("data").getValuesAs(JsonObject.class);
        assertEquals(List.of("Admin", "Member", "Viewer"), listed.stream().map(r -> r.getString("name")).toList(),
                "one entry per name");
        assertEquals(shadow.getString("id"), listed.get(2).getString("id"));
        assertTrue(listed.get(2).getBoolean("shadowsSystemRole"));
        assertEquals(409, api.post(ROLES, admin.token(), obj("name", "VIEWER", "permissions", List.of())).getStatus());

        // The shadow is edited like any organization role, and the holders follow.
        assertEquals(200, api.patch(ROLES + "/" + shadow.getString("id"), admin.token(),
                obj("permissions", List.of("users.read", "roles.read"))).getStatus());
        assertEquals(200, api.get(MEMBERS, viewer.token()).getStatus());

        // Deleting a shadow is allowed while held: the holders fall back to the system role.
        assertEquals(204, api.delete(ROLES + "/" + shadow.getString("id"), admin.token()).getStatus());
        assertEquals(200, api.get(MEMBERS, viewerKey).getStatus());
        assertEquals(403, api.post(ROLES, viewer.token(), obj("name", "X", "permissions", List.of())).getStatus());
        assertEquals("Viewer", data.roleOfMembership(viewer.membershipId()));
        assertEquals(SystemRole.VIEWER.id(), body(api.get(ROLES, admin.token())).getJsonArray("data").getJsonObject(2).getString("id"));
    }

    @Test
    void aHeldRoleCannotBeDeletedAndTheConflictSaysByWhom() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String heldByMember = fixtures.orgRole(org, "Held By Member", "users.read");
        fixtures.member(org, fixtures.user(), "Held By Member");
        fixtures.member(org, fixtures.user(), "Held By Member");
        String heldByKey = fixtures.orgRole(org, "Held By Key", "users.read");
        data.apiKey(org, "Held By Key");
        String heldByInvitation = fixtures.orgRole(org, "Held By Invitation", "users.read");
        data.invitation(org, "Held By Invitation");

        Response members = api.delete(ROLES + "/" + heldByMember, admin.token());
        assertEquals(409, members.getStatus());
        assertTrue(body(members).getString("detail").contains("2 member(s), 0 API key(s) and 0 pending invitation(s)"));
        Response keys = api.delete(ROLES + "/" + heldByKey, admin.token());
        assertEquals(409, keys.getStatus());
        assertTrue(body(keys).getString("detail").contains("0 member(s), 1 API key(s)"));
        Response invitations = api.delete(ROLES + "/" + heldByInvitation, admin.token());
        assertEquals(409, invitations.getStatus());
        assertTrue(body(invitations).getString("detail").contains("1 pending invitation(s)"));
        assertEquals(3, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ?", org));

        // An expired invitation no longer holds the role.
        data.expireInvitations(org);
        assertEquals(204, api.delete(ROLES + "/" + heldByInvitation, admin.token()).getStatus());
        String unheld = createRole(api, admin.token(), "Unheld", "users.read").getString("id");
        assertEquals(204, api.delete(ROLES + "/" + unheld, admin.token()).getStatus());
        assertEquals(404, api.delete(ROLES + "/" + unheld, admin.token()).getStatus());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_role_permission WHERE role_id = ?", unheld));
    }

    @Test
    void anotherOrganizationsRoleIsNotFoundAndUnchanged() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String otherOrg = fixtures.organization();
        String foreign = fixtures.orgRole(otherOrg, "Foreign", "users.read");
        String unknown = Ids.newId();

        for (String id : List.of(foreign, unknown, "not-a-uuid")) {
            assertEquals(404, api.get(ROLES + "/" + id, admin.token()).getStatus(), id);
            assertEquals(404, api.patch(ROLES + "/" + id, admin.token(), obj("permissions", List.of())).getStatus(), id);
            assertEquals(404, api.delete(ROLES + "/" + id, admin.token()).getStatus(), id);
        }
        assertEquals(body(api.delete(ROLES + "/" + unknown, admin.token())).getString("title"),
                body(api.delete(ROLES + "/" + foreign, admin.token())).getString("title"));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_role_permission WHERE role_id = ?", foreign));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE id = ?", foreign));
        // The same name in another organization is no duplicate, and is not listed here.
        assertEquals(201, api.post(ROLES, admin.token(), obj("name", "Foreign", "permissions", List.of())).getStatus());
        assertEquals(4, body(api.get(ROLES, admin.token())).getJsonArray("data").size());
    }

    @Test
    void withoutCredentialsOrOrganizationTheEndpointsRefuse() {
        String org = fixtures.organization();
        String role = fixtures.orgRole(org, "Target", "users.read");
        for (Response response : List.of(api.get(ROLES, null), api.get(ROLES + "/" + role, null),
                api.post(ROLES, null, obj("name", "X", "permissions", List.of())),
                api.patch(ROLES + "/" + role, null, obj("description", "x")),
                api.delete(ROLES + "/" + role, null),
                api.delete(ROLES + "/" + role, "orgk_not-a-real-key"))) {
            assertEquals(401, response.getStatus());
            assertEquals("Bearer", response.getHeaderString("WWW-Authenticate"));
        }
        assertEquals(404, api.get(ROLES, fixtures.login(fixtures.user(), null)).getStatus());
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE id = ?", role));
    }

    @Test
    void openApiDescribesTheMemberAndRoleOperations() {
        String document = target.path("/openapi").request("application/json").get(String.class);
        for (String operation : List.of("listMembers", "updateMember", "removeMember", "listRoles", "getRole",
                "createRole", "updateRole", "deleteRole")) {
            assertTrue(document.contains("\"" + operation + "\""), operation);
        }
        assertTrue(document.contains("\"Members\"") && document.contains("\"Roles\""), "tags");
    }
}
