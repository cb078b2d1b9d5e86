package io.orgkit.app.testing;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Short ways to call the member and role endpoints in tests.
 */
public final class RoleApi {
    public static final String MEMBERS = "/api/organizations/members";
    public static final String ROLES = "/api/organizations/roles";

    private RoleApi() {
    }

    /** Creates a role over HTTP and returns its JSON; fails the test unless 201. */
    public static JsonObject createRole(Api api, String token, String name, String... permissions) {
        Response response = api.post(ROLES, token, obj("name", name, "permissions", List.of(permissions)));
        JsonObject role = body(response);
        assertEquals(201, response.getStatus(), role.toString());
        return role;
    }

    /** The names in a JSON array of strings. */
    public static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The {@code missingPermissions} of a 403 problem. */
    public static List<String> missing(Response response) {
        JsonObject problem = body(response);
        assertEquals(403, response.getStatus(), problem.toString());
        return strings(problem.getJsonArray("missingPermissions"));
    }
}
