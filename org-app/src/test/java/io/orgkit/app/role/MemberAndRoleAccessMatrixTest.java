package io.orgkit.app.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
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
import static io.orgkit.app.testing.RoleApi.ROLES;
import static io.orgkit.app.testing.RoleApi.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every member and role endpoint against every kind of caller: the system roles, a custom role, and API keys. Each
 * caller gets an organization of its own with fresh targets, and every refusal is checked to have changed nothing.
 */
@SharedServer
class MemberAndRoleAccessMatrixTest {
    private static final List<String> ENDPOINTS = List.of("GET members", "PATCH member", "DELETE member", "GET roles",
            "GET role", "POST roles", "PATCH role", "DELETE role");
    private static final List<String> GATES = List.of("users.read", "users.update", "users.delete", "roles.read",
            "roles.read", "roles.create", "roles.update", "roles.delete");
    // A custom role that manages roles and changes members, but can neither list nor remove them.
    private static final String[] CURATOR = {"roles.read", "roles.create", "roles.update", "roles.delete", "users.update"};

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
    void everyEndpointAnswersEveryKindOfCallerAsItsPermissionsSay() {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("Admin session", List.of(200, 200, 204, 200, 200, 201, 200, 204));
        expected.put("Member session", List.of(200, 403, 403, 200, 200, 403, 403, 403));
        expected.put("Viewer session", List.of(200, 403, 403, 200, 200, 403, 403, 403));
        expected.put("Curator session (custom role)", List.of(403, 200, 403, 200, 200, 201, 200, 204));
        expected.put("Admin API key", List.of(200, 200, 204, 200, 200, 201, 200, 204));
        expected.put("Viewer API key", List.of(200, 403, 403, 200, 200, 403, 403, 403));
        expected.put("Curator API key (custom role)", List.of(403, 200, 403, 200, 200, 201, 200, 204));

        StringBuilder table = new StringBuilder(String.format("%-30s", "caller \\ endpoint"));
        ENDPOINTS.forEach(endpoint -> table.append(String.format("%15s", endpoint)));
        for (Map.Entry<String, List<Integer>> row : expected.entrySet()) {
            List<Integer> actual = run(row.getKey());
            table.append(String.format("%n%-30s", row.getKey()));
            actual.forEach(status -> table.append(String.format("%15d", status)));
            assertEquals(row.getValue(), actual, row.getKey() + " (endpoints " + ENDPOINTS + ")");
        }
        System.out.println("Member and role endpoints by caller (" + System.getProperty("orgkit.test.database") + "):\n"
                + table);
    }

    private List<Integer> run(String callerKind) {
        String org = fixtures.organization();
        fixtures.orgRole(org, "Curator", CURATOR);
        fixtures.orgRole(org, "Guest");
        fixtures.orgRole(org, "Visitor");
        String toPatch = data.quickMemberWithSession(org, "Guest").membershipId();
        String toDelete = data.quickMemberWithSession(org, "Guest").membershipId();
        String roleToPatch = fixtures.orgRole(org, "Patchable", "roles.read");
        String roleToDelete = fixtures.orgRole(org, "Deletable", "roles.read");
        String token = switch (callerKind) {
            case "Admin session" -> data.quickMemberWithSession(org, "Admin").token();
            case "Member session" -> data.quickMemberWithSession(org, "Member").token();
            case "Viewer session" -> data.quickMemberWithSession(org, "Viewer").token();
            case "Curator session (custom role)" -> data.quickMemberWithSession(org, "Curator").token();
            case "Admin API key" -> data.apiKey(org, "Admin");
            case "Viewer API key" -> data.apiKey(org, "Viewer");
            case "Curator API key (custom role)" -> data.apiKey(org, "Curator");
            default -> throw new IllegalArgumentException(callerKind);
        };
        String newRoleName = Fixtures.unique("New");
        List<Response> responses = List.of(
                api.get(MEMBERS, token),
                api.patch(MEMBERS + "/" + toPatch, token, obj("role", "Visitor")),
                api.delete(MEMBERS + "/" + toDelete, token),
                api.get(ROLES, token),
                api.get(ROLES + "/" + roleToPatch, token),
                api.post(ROLES, token, obj("name", newRoleName, "permissions", List.of("roles.read"))),
                api.patch(ROLES + "/" + roleToPatch, token, obj("description", "patched")),
                api.delete(ROLES + "/" + roleToDelete, token));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            Response response = responses.get(i);
            statuses.add(response.getStatus());
            if (response.getStatus() == 403) {
                JsonObject problem = body(response);
                assertEquals(List.of(GATES.get(i)), strings(problem.getJsonArray("missingPermissions")),
                        callerKind + " on " + ENDPOINTS.get(i) + ": " + problem);
            } else {
                response.close();
            }
        }
        // Refusals changed nothing; successes changed exactly what they should.
        assertEquals(statuses.get(1) == 200 ? "Visitor" : "Guest", data.roleOfMembership(toPatch), callerKind);
        assertEquals(statuses.get(2) == 204 ? null : "Guest", data.roleOfMembership(toDelete), callerKind);
        assertEquals(statuses.get(5) == 201 ? 1 : 0, fixtures.count(
                "SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ? AND name = ?", org, newRoleName), callerKind);
        assertEquals(statuses.get(6) == 200 ? 1 : 0, fixtures.count(
                "SELECT COUNT(*) FROM orgkit_role WHERE id = ? AND description = 'patched'", roleToPatch), callerKind);
        assertEquals(statuses.get(7) == 204 ? 0 : 1, fixtures.count(
                "SELECT COUNT(*) FROM orgkit_role WHERE id = ?", roleToDelete), callerKind);
        return statuses;
    }
}
