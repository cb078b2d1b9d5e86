package io.orgkit.app.organization;

import java.util.stream.Stream;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.PatchClient;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The field rules of organizations are applied through creation (Super Admin), PATCH me (Admin) and PATCH {id}
 * (Super Admin): a refusal names the field and changes nothing. The rules themselves: OrganizationFieldRulesTest.
 */
@HttpOnly
@SharedServer
class OrganizationValidationTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;
    PatchClient patches;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        patches = new PatchClient(target);
    }

    // One case of each kind per endpoint: every rule itself is checked without a server, in org-impl's
    // OrganizationFieldRulesTest. These show the rules are applied, named and leave nothing half-written.
    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("name", obj("name", "n".repeat(101))),
                Arguments.of("logo", obj("logo", "javascript:alert(1)")),
                Arguments.of("timezone", obj("timezone", "PST")),
                Arguments.of("timezone", Json.createObjectBuilder().add("timezone", Json.createObjectBuilder()).build()),
                Arguments.of("createdAt", obj("createdAt", "2026-01-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "[{index}] {1} refused, naming {0}")
    @MethodSource("invalidFields")
    void patchMeRefusesTheFieldByName(String field, JsonObject patch) {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        JsonObject before = body(api.get("/api/organizations/me", admin.token()));
        PatchClient.Answer answer = patches.patch("/api/organizations/me", admin.token(), patch);
        assertRefused(field, answer.status(), answer.json());
        assertEquals(before, body(api.get("/api/organizations/me", admin.token())), "nothing changed");
    }

    @ParameterizedTest(name = "[{index}] {1} refused, naming {0}")
    @MethodSource("invalidFields")
    void patchByIdRefusesTheFieldByName(String field, JsonObject patch) {
        String root = organizations.superAdminSession();
        String org = fixtures.organization();
        PatchClient.Answer answer = patches.patch("/api/organizations/" + org, root, patch);
        assertRefused(field, answer.status(), answer.json());
        assertEquals("\"" + org + ".1\"", api.get("/api/organizations/" + org, root).getHeaderString("ETag"),
                "nothing changed");
    }

    @ParameterizedTest(name = "[{index}] {1} refused, naming {0}")
    @MethodSource("invalidFields")
    void createRefusesTheFieldByName(String field, JsonObject fields) {
        String root = organizations.superAdminSession();
        String name = Fixtures.unique("Valid");
        var body = Json.createObjectBuilder().add("name", name);
        fields.forEach(body::add);
        Response response = api.post("/api/organizations", root, body.build());
        assertRefused(field, response.getStatus(), body(response));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_organization WHERE name = ?", name));
    }

    @Test
    void createNeedsAName() {
        String root = organizations.superAdminSession();
        Response missing = api.post("/api/organizations", root, obj("timezone", "UTC"));
        assertRefused("name", missing.getStatus(), body(missing));
        Response nullName = api.post("/api/organizations", root, obj("name", null));
        assertRefused("name", nullName.getStatus(), body(nullName));
    }

    @Test
    void nameAndTimezoneCannotBeClearedByAPatch() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        PatchClient.Answer name = patches.patch("/api/organizations/me", admin.token(), obj("name", null));
        assertRefused("name", name.status(), name.json());
        PatchClient.Answer timezone = patches.patch("/api/organizations/me", admin.token(), obj("timezone", null));
        assertRefused("timezone", timezone.status(), timezone.json());
    }

    @Test
    void everyOffendingFieldIsNamed() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        PatchClient.Answer answer = patches.patch("/api/organizations/me", admin.token(),
                obj("id", "x", "name", 7, "unknown", 1));
        assertEquals(400, answer.status());
        var fields = answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(java.util.List.of("id", "name", "unknown")), fields.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "[{\"name\": \"x\"}]", "\"name\"", "42"})
    void malformedOrNonObjectBodiesAre400(String text) {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        PatchClient.Answer answer = patches.patch("/api/organizations/me", admin.token(), text);
        assertEquals(400, answer.status(), answer.text());
        assertEquals(400, answer.json().getInt("status"));
        String root = organizations.superAdminSession();
        Response created = api.post("/api/organizations", root, text);
        assertEquals(400, created.getStatus());
    }

    @Test
    void anEmptyBodyIs400() {
        String root = organizations.superAdminSession();
        assertEquals(400, api.post("/api/organizations", root, null).getStatus());
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        assertEquals(400, patches.patch("/api/organizations/me", admin.token(), null).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "America/Argentina/Buenos_Aires"})
    void regionIdsAreAccepted(String timezone) {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        PatchClient.Answer answer = patches.patch("/api/organizations/me", admin.token(), obj("timezone", timezone));
        assertEquals(200, answer.status(), answer.text());
        assertEquals(timezone, answer.json().getString("timezone"));
    }

    @Test
    void anEmptyPatchChangesNothing() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        PatchClient.Answer answer = patches.patch("/api/organizations/me", admin.token(), "{}");
        assertEquals(200, answer.status());
        assertEquals("\"" + org + ".1\"", answer.header("ETag"));
    }

    private static void assertRefused(String field, int status, JsonObject problem) {
        assertEquals(400, status, problem.toString());
        assertNotNull(problem.getJsonArray("errors"), problem.toString());
        assertEquals(field, problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem.toString());
        assertTrue(problem.getString("detail").contains(field), problem.toString());
    }
}
