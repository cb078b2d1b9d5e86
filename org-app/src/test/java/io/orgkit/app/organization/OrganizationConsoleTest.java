package io.orgkit.app.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.PatchClient;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.organization.DeletedOrganizationPurge;
import io.orgkit.impl.persistence.Ids;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class OrganizationConsoleTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    @Inject
    DeletedOrganizationPurge purge;
    Api api;
    PatchClient patches;
    String root;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        patches = new PatchClient(target);
        root = organizations.superAdminSession();
    }

    @Test
    void aSuperAdminCreatesAnOrganizationWithLocationAndETag() {
        String name = Fixtures.unique("Created");
        Response response = api.post("/api/organizations", root, obj("name", "  " + name + " "));
        assertEquals(201, response.getStatus());
        JsonObject body = body(response);
        String id = body.getString("id");
        assertTrue(Ids.isWellFormed(id));
        assertTrue(response.getHeaderString("Location").endsWith("/api/organizations/" + id),
                response.getHeaderString("Location"));
        assertEquals("\"" + id + ".1\"", response.getHeaderString("ETag"));
        assertEquals(name, body.getString("name"));
        assertEquals("UTC", body.getString("timezone"), "UTC is the default");
        assertTrue(body.isNull("logo"));
        Response read = api.get("/api/organizations/" + id, root);
        assertEquals(200, read.getStatus());
        assertEquals("\"" + id + ".1\"", read.getHeaderString("ETag"));
        assertEquals(body, body(read));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", id));
    }

    @Test
    void anAdminEmailGetsAnAdminInvitationWithTheOrganization() {
        String email = Fixtures.unique("boss") + "@Example.test";
        Response response = api.post("/api/organizations", root, obj("name", Fixtures.unique("Invited"),
                "timezone", "America/Los_Angeles", "logo", "https://example.test/l.png", "adminEmail", email));
        assertEquals(201, response.getStatus());
        JsonObject body = body(response);
        assertEquals("America/Los_Angeles", body.getString("timezone"));
        assertEquals("https://example.test/l.png", body.getString("logo"));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ? AND email = ? "
                + "AND role_name = 'Admin' AND status = 'PENDING'", body.getString("id"), email.toLowerCase()));
    }

    @Test
    void aBadAdminEmailIs400AndCreatesNothing() {
        String name = Fixtures.unique("Nothing");
        Response response = api.post("/api/organizations", root, obj("name", name, "adminEmail", "not-an-email"));
        assertEquals(400, response.getStatus());
        assertEquals("adminEmail", field(body(response)));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_organization WHERE name = ?", name));
    }

    @Test
    void theListFiltersByNameCaseInsensitivelyAndPages() {
        String marker = Fixtures.unique("Needle").toLowerCase();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(body(api.post("/api/organizations", root, obj("name", "Org " + marker + " " + i))).getString("id"));
        }
        api.post("/api/organizations", root, obj("name", Fixtures.unique("Haystack")));
        JsonObject first = body(api.get("/api/organizations?limit=2&q=" + marker.toUpperCase(), root));
        JsonArray data = first.getJsonArray("data");
        assertEquals(2, data.size());
        assertEquals(ids.get(0), data.getJsonObject(0).getString("id"));
        assertEquals(ids.get(1), data.getJsonObject(1).getString("id"));
        String cursor = first.getString("nextCursor");
        JsonObject second = body(api.get("/api/organizations?limit=2&q=" + marker + "&cursor=" + cursor, root));
        assertEquals(1, second.getJsonArray("data").size());
        assertEquals(ids.get(2), second.getJsonArray("data").getJsonObject(0).getString("id"));
        assertTrue(second.isNull("nextCursor"));
    }

    @Test
    void likeWildcardsInTheFilterAreTakenLiterally() {
        String marker = Fixtures.unique("x").toLowerCase();
        String literal = body(api.post("/api/organizations", root, obj("name", "50%_off " + marker))).getString("id");
        api.post("/api/organizations", root, obj("name", "5000 off " + marker));
        JsonArray data = body(api.get("/api/organizations?q=0%25_o", root)).getJsonArray("data");
        assertEquals(1, data.stream().filter(o -> o.asJsonObject().getString("name").endsWith(marker)).count());
        assertEquals(literal, data.stream().map(o -> o.asJsonObject())
                .filter(o -> o.getString("name").endsWith(marker)).findFirst().orElseThrow().getString("id"));
    }

    @Test
    void listParametersAreChecked() {
        assertEquals("limit", field(body(api.get("/api/organizations?limit=0", root))));
        assertEquals("limit", field(body(api.get("/api/organizations?limit=101", root))));
        assertEquals("limit", field(body(api.get("/api/organizations?limit=ten", root))));
        assertEquals("cursor", field(body(api.get("/api/organizations?cursor=garbage", root))));
        assertEquals("q", field(body(api.get("/api/organizations?q=" + "a".repeat(101), root))));
        assertEquals(400, api.get("/api/organizations?limit=0", root).getStatus());
    }

    @Test
    void aSuperAdminPatchesAnyOrganization() {
        String org = fixtures.organization();
        String etag = api.get("/api/organizations/" + org, root).getHeaderString("ETag");
        PatchClient.Answer patched = patches.patch("/api/organizations/" + org, root,
                obj("name", "Renamed by root", "timezone", "Europe/Paris"), "If-Match", etag);
        assertEquals(200, patched.status());
        assertEquals("\"" + org + ".2\"", patched.header("ETag"));
        assertEquals("Renamed by root", patched.json().getString("name"));
        assertEquals(412, patches.patch("/api/organizations/" + org, root, obj("name", "Late"), "If-Match", etag)
                .status());
        assertEquals("Renamed by root", body(api.get("/api/organizations/" + org, root)).getString("name"));
    }

    @Test
    void unknownOrMalformedIdsAre404() {
        String unknown = Ids.newId();
        assertEquals(404, api.get("/api/organizations/" + unknown, root).getStatus());
        assertEquals(404, patches.patch("/api/organizations/" + unknown, root, obj("name", "x")).status());
        assertEquals(404, api.delete("/api/organizations/" + unknown, root).getStatus());
        assertEquals(404, api.get("/api/organizations/" + "g".repeat(36), root).getStatus());
        assertEquals(404, api.get("/api/organizations/not-an-id", root).getStatus());
        assertEquals(404, api.get("/api/organizations/123e4567-e89b-12d3-a456-4266141740001", root).getStatus());
        String org = fixtures.organization();
        assertEquals(200, api.get("/api/organizations/" + org.toUpperCase(), root).getStatus(),
                "a UUID is the same id in either case");
    }

    @Test
    void literalSiblingPathsStillReachTheirOwnResources() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Response keys = api.get("/api/organizations/api-keys", admin.token());
        assertEquals(200, keys.getStatus(), "the API key resource answers, not the console's {id}");
        assertTrue(body(keys).containsKey("data"));
        assertEquals(200, api.get("/api/organizations/me", admin.token()).getStatus());
        assertEquals(200, api.get("/api/organizations/me/permissions", admin.token()).getStatus());
        // A super admin is no member: "me" is not read as an id.
        assertEquals(404, api.get("/api/organizations/me", root).getStatus());
    }

    @Test
    void everyConsoleEndpointIs401WithoutCredentials() {
        String org = fixtures.organization();
        assertEquals(401, api.get("/api/organizations", null).getStatus());
        assertEquals(401, api.post("/api/organizations", null, obj("name", "x")).getStatus());
        assertEquals(401, api.get("/api/organizations/" + org, null).getStatus());
        assertEquals(401, patches.patch("/api/organizations/" + org, null, obj("name", "x")).status());
        assertEquals(401, api.delete("/api/organizations/" + org, null).getStatus());
        assertEquals(401, api.get("/api/organizations", "orgs_forged").getStatus());
    }

    @Test
    void everyConsoleEndpointIs403ForAdminsMembersAndApiKeys() {
        String org = fixtures.organization();
        String name = Fixtures.unique("Forbidden");
        List<String> callers = List.of(fixtures.memberWithSession(org, "Admin").token(),
                fixtures.memberWithSession(org, "Member").token(), organizations.apiKey(org, "Admin"));
        for (String caller : callers) {
            assertEquals(403, api.get("/api/organizations", caller).getStatus());
            assertEquals(403, api.post("/api/organizations", caller, obj("name", name)).getStatus());
            assertEquals(403, api.get("/api/organizations/" + org, caller).getStatus());
            assertEquals(403, patches.patch("/api/organizations/" + org, caller, obj("name", "x")).status());
            assertEquals(403, api.delete("/api/organizations/" + org, caller).getStatus());
        }
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_organization WHERE name = ?", name));
        assertEquals(200, api.get("/api/organizations/me", callers.get(0)).getStatus(), "the organization survived");
    }

    @Test
    void deletingAnOrganizationHidesItAtOnceAndThePurgeTakesEverythingButTheUsersAfterTheWindow() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member member = fixtures.memberWithSession(org, "Member");
        fixtures.orgRole(org, "Auditor", "users.read");
        String key = organizations.apiKey(org, "Admin");
        organizations.pendingMail(org);
        String invited = Fixtures.unique("later") + "@example.test";
        JsonObject created = body(api.post("/api/organizations", root, obj("name", Fixtures.unique("Doomed"),
                "adminEmail", invited)));
        String other = created.getString("id");
        assertEquals(200, api.get("/api/organizations/me", key).getStatus());

        Response deleted = api.delete("/api/organizations/" + org, root);
        assertEquals(204, deleted.getStatus());
        Response deletedToo = api.delete("/api/organizations/" + other, root);
        assertEquals(204, deletedToo.getStatus());

        assertEquals(404, api.get("/api/organizations/" + org, root).getStatus());
        assertEquals(404, api.delete("/api/organizations/" + org, root).getStatus());
        assertEquals(2, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ?", org),
                "a soft delete keeps everything for a restore");
        Response me = api.get("/api/organizations/me", member.token());
        assertEquals(404, me.getStatus());
        assertTrue(body(me).getString("detail").contains("no active organization"));
        assertEquals(200, api.get("/api/auth/session", member.token()).getStatus(), "the session itself lives on");
        assertEquals(401, api.get("/api/organizations/me", key).getStatus(), "its API keys stop at once");

        fixtures.deletedAgo(org, Duration.ofDays(31));
        fixtures.deletedAgo(other, Duration.ofDays(31));
        assertTrue(purge.purge(Instant.now(), 500) >= 2);
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_organization WHERE id IN (?, ?)", org, other));
        for (String table : List.of("orgkit_membership", "orgkit_role", "orgkit_invitation", "orgkit_api_key",
                "orgkit_mail_outbox")) {
            assertEquals(0, fixtures.count("SELECT COUNT(*) FROM " + table + " WHERE organization_id IN (?, ?)",
                    org, other), table);
        }
        assertEquals(2, fixtures.count("SELECT COUNT(*) FROM orgkit_user WHERE id IN (?, ?)",
                admin.user().id(), member.user().id()), "users stay");
        assertEquals(404, api.post("/api/organizations/" + org + "/restore", root, null).getStatus(),
                "purged: nothing to restore");
    }

    @Test
    void aStaleIfMatchOnDeleteIs412() {
        String org = fixtures.organization();
        patches.patch("/api/organizations/" + org, root, obj("name", "Changed"));
        Response response = api.request("/api/organizations/" + org, root).header("If-Match", "\"" + org + ".1\"").delete();
        assertEquals(412, response.getStatus());
        assertEquals(200, api.get("/api/organizations/" + org, root).getStatus());
        assertEquals(204, api.request("/api/organizations/" + org, root).header("If-Match", "\"" + org + ".2\"").delete()
                .getStatus());
    }

    @Test
    void concurrentPatchesWithTheSameIfMatchLetExactlyOneWin() throws Exception {
        String org = fixtures.organization();
        String etag = api.get("/api/organizations/" + org, root).getHeaderString("ETag");
        List<PatchClient.Answer> answers = race(8, i -> patches.patch("/api/organizations/" + org, root,
                obj("name", "Racer " + i), "If-Match", etag));
        List<PatchClient.Answer> winners = answers.stream().filter(a -> a.status() == 200).toList();
        assertEquals(1, winners.size(), answers.stream().map(PatchClient.Answer::status).toList().toString());
        answers.stream().filter(a -> a.status() != 200)
                .forEach(a -> assertTrue(a.status() == 412 || a.status() == 409, a.status() + " " + a.text()));
        JsonObject stored = body(api.get("/api/organizations/" + org, root));
        assertEquals(winners.getFirst().json().getString("name"), stored.getString("name"));
    }

    @Test
    void concurrentPatchesWithoutIfMatchNeverLoseAnUpdateSilently() throws Exception {
        String org = fixtures.organization();
        List<PatchClient.Answer> answers = race(8, i -> patches.patch("/api/organizations/" + org, root,
                obj("name", "Writer " + i)));
        List<PatchClient.Answer> applied = answers.stream().filter(a -> a.status() == 200).toList();
        answers.stream().filter(a -> a.status() != 200)
                .forEach(a -> assertEquals(409, a.status(), a.text()));
        assertTrue(!applied.isEmpty());
        Response read = api.get("/api/organizations/" + org, root);
        // Every answered 200 is one version step: none was applied over another without the version moving.
        assertEquals("\"" + org + "." + (1 + applied.size()) + "\"", read.getHeaderString("ETag"),
                answers.stream().map(PatchClient.Answer::status).toList().toString());
        PatchClient.Answer last = applied.stream()
                .max(java.util.Comparator.comparing(a -> Long.parseLong(a.header("ETag").replaceAll(".*\\.|\"", ""))))
                .orElseThrow();
        assertEquals(last.json().getString("name"), body(read).getString("name"));
    }

    @Test
    void theOpenApiDocumentDescribesTheOrganizationOperations() {
        Response response = target.path("/openapi").request("application/json").get();
        assertEquals(200, response.getStatus());
        JsonObject paths = body(response).getJsonObject("paths");
        JsonObject byId = paths.getJsonObject("/api/organizations/{id}");
        assertNotNull(byId, paths.keySet().toString());
        assertEquals("getOrganization", byId.getJsonObject("get").getString("operationId"));
        assertEquals("updateOrganization", byId.getJsonObject("patch").getString("operationId"));
        assertEquals("deleteOrganization", byId.getJsonObject("delete").getString("operationId"));
        assertTrue(byId.getJsonObject("patch").getJsonObject("responses").containsKey("412"));
        JsonObject list = paths.getJsonObject("/api/organizations");
        assertEquals("listOrganizations", list.getJsonObject("get").getString("operationId"));
        assertEquals("createOrganization", list.getJsonObject("post").getString("operationId"));
        assertEquals("Organizations", list.getJsonObject("post").getJsonArray("tags").getString(0));
        assertEquals("getCurrentOrganization",
                paths.getJsonObject("/api/organizations/me").getJsonObject("get").getString("operationId"));
        assertEquals("updateCurrentOrganization",
                paths.getJsonObject("/api/organizations/me").getJsonObject("patch").getString("operationId"));
        assertEquals("getCurrentPermissions", paths.getJsonObject("/api/organizations/me/permissions")
                .getJsonObject("get").getString("operationId"));
    }

    private static List<PatchClient.Answer> race(int writers, java.util.function.IntFunction<PatchClient.Answer> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PatchClient.Answer>> futures = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                Callable<PatchClient.Answer> task = () -> {
                    start.await();
                    return call.apply(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<PatchClient.Answer> answers = new ArrayList<>();
            for (Future<PatchClient.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String field(JsonObject problem) {
        assertEquals(400, problem.getInt("status"), problem.toString());
        assertNotNull(problem.getJsonArray("errors"), problem.toString());
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }
}
