package io.orgkit.app.audit;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.AuditFixtures;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.audit.AuditRetentionPurge;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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

@SharedServer
class AuditEventsApiTest {
    private static final String EVENTS = "/api/organizations/audit-events";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    AuditFixtures audit;
    @Inject
    AuditRetentionPurge retention;
    @Inject
    SystemTime time;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void adminReadsTheOrganizationsEventsNewestFirstWithWhatChanged() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String member = fixtures.member(org, fixtures.user(), "Member");
        String role = createRole(admin, "Auditor");
        assertEquals(200, status(api.patch("/api/organizations/members/" + member, admin.token(), obj("role", "Viewer"))));
        fixtures.memberWithSession(fixtures.organization(), "Admin"); // another organization's events stay apart

        JsonArray data = body(api.get(EVENTS, admin.token())).getJsonArray("data");
        // The Admin's own login (a session opened with this organization active) comes first in time.
        assertEquals(List.of("member.role_changed", "role.created", "session.created"), actions(data));
        JsonObject changed = data.getJsonObject(0);
        assertEquals(org, changed.getString("organizationId"));
        assertEquals("user", changed.getJsonObject("actor").getString("type"));
        assertEquals(admin.user().id(), changed.getJsonObject("actor").getString("id"));
        assertEquals(admin.user().email(), changed.getJsonObject("actor").getString("name"));
        assertEquals(member, changed.getJsonObject("target").getString("id"));
        assertEquals("member", changed.getJsonObject("target").getString("type"));
        assertEquals(obj("before", "Member", "after", "Viewer"), changed.getJsonObject("changes").getJsonObject("role"));
        assertFalse(changed.isNull("requestId"));
        assertFalse(changed.isNull("clientAddress"));
        JsonObject created = data.getJsonObject(1);
        assertEquals(role, created.getJsonObject("target").getString("id"));
        assertEquals("users.read", created.getJsonObject("changes").getJsonObject("permissions").getString("after"));
    }

    @Test
    void filtersByActionPrefixActorTargetAndTime() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member other = fixtures.memberWithSession(org, "Admin");
        String first = createRole(admin, "One");
        pause();
        Instant between = time.now();
        pause();
        String second = createRole(other, "Two");
        assertEquals(204, status(api.delete("/api/organizations/roles/" + first, other.token())));

        assertEquals(List.of("role.deleted", "role.created", "role.created"),
                actions(page(EVENTS + "?action=role.", admin.token())));
        assertEquals(List.of("role.deleted"), actions(page(EVENTS + "?action=role.deleted", admin.token())));
        assertEquals(List.of("role.created", "session.created"),
                actions(page(EVENTS + "?actorId=" + admin.user().id(), admin.token())));
        assertEquals(List.of("role.deleted", "role.created"),
                actions(page(EVENTS + "?targetId=" + first, admin.token())));
        assertEquals(List.of(second), page(EVENTS + "?targetType=role&action=role.created&from=" + between,
                admin.token()).stream().map(e -> e.asJsonObject().getJsonObject("target").getString("id")).toList());
        assertEquals(List.of(first), page(EVENTS + "?action=role.created&to=" + between, admin.token()).stream()
                .map(e -> e.asJsonObject().getJsonObject("target").getString("id")).toList());
    }

    @Test
    void pagesWithCursorsNewestFirst() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        for (int i = 0; i < 4; i++) {
            createRole(admin, "Paged" + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = body(api.get(EVENTS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    admin.token()));
            page.getJsonArray("data").forEach(e -> seen.add(e.asJsonObject().getString("id")));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(5, seen.size(), "four roles and the login: " + seen);
        List<String> newestFirst = new ArrayList<>(seen);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, seen);
    }

    @Test
    void exportStreamsEveryMatchingEventAsNewlineDelimitedJson() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        for (int i = 0; i < 3; i++) {
            createRole(admin, "Exported" + i);
        }
        Response response = api.get(EVENTS + "/export?action=role.created", admin.token());
        assertEquals(200, response.getStatus());
        assertTrue(response.getMediaType().toString().startsWith("application/x-ndjson"), response.getMediaType()
                .toString());
        String text = response.readEntity(String.class);
        List<JsonObject> lines = text.lines().map(line -> Json.createReader(new StringReader(line)).readObject())
                .toList();
        assertEquals(3, lines.size(), text);
        lines.forEach(line -> assertEquals("role.created", line.getString("action")));
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void superAdminReadsAnyOrganizationsEventsInTheConsole() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        createRole(admin, "Console");
        String root = fixtures.login(fixtures.user(true), null);

        JsonArray data = body(api.get("/api/organizations/" + org + "/audit-events?action=role.created", root))
                .getJsonArray("data");
        assertEquals(1, data.size());
        assertEquals(200, status(api.get("/api/organizations/" + org + "/audit-events/export", root)));
        assertEquals(403, status(api.get("/api/organizations/" + org + "/audit-events", admin.token())),
                "an Admin is not the console");
        assertEquals(404, status(api.get("/api/organizations/" + java.util.UUID.randomUUID() + "/audit-events", root)),
                "an organization that does not exist");
    }

    @Test
    void readingNeedsAuditReadWhichAdminsHold() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Member");
        assertEquals(401, status(api.get(EVENTS, null)));
        assertEquals(401, status(api.get(EVENTS + "/export", null)));
        Response refused = api.get(EVENTS, member.token());
        assertEquals(403, refused.getStatus());
        assertTrue(body(refused).getJsonArray("missingPermissions").toString().contains("audit.read"));
        assertEquals(403, status(api.get(EVENTS + "/export", member.token())));
        String auditor = fixtures.orgRole(org, "Auditor", "audit.read");
        TestUser reader = fixtures.user();
        fixtures.member(org, reader, "Auditor");
        assertEquals(200, status(api.get(EVENTS, fixtures.login(reader, org))), "granted to a role " + auditor);
        TestUser loner = fixtures.user();
        assertEquals(404, status(api.get(EVENTS, fixtures.login(loner, null))), "a session with no organization");
    }

    @Test
    void badFiltersAreFourHundredsNamingTheField() {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        for (String query : List.of("action=Member%20Removed", "actorId=nope", "targetId=1", "targetType=Role!",
                "from=yesterday", "to=2026-13-01", "cursor=bogus", "limit=0")) {
            Response response = api.get(EVENTS + "?" + query, admin.token());
            assertEquals(400, response.getStatus(), query);
            String field = query.substring(0, query.indexOf('='));
            assertTrue(body(response).getJsonArray("errors").toString().contains("\"" + field + "\""), query);
        }
    }

    @Test
    void eventsPastTheRetentionArePurgedAndOthersStay() {
        String old = fixtures.organization();
        createRole(fixtures.memberWithSession(old, "Admin"), "Old");
        String fresh = fixtures.organization();
        createRole(fixtures.memberWithSession(fresh, "Admin"), "Fresh");
        fixtures.update("UPDATE orgkit_audit_event SET occurred_at = ? WHERE organization_id = ?",
                fixtures.utcAgo(Duration.ofDays(400)), old);

        while (retention.purge(time.now(), 1000) > 0) {
            // bounded batches, as the background purge runs them
        }
        assertEquals(0, audit.ofOrganization(old).size());
        assertEquals(2, audit.ofOrganization(fresh).size());
    }

    private String createRole(Member admin, String name) {
        Response created = api.post("/api/organizations/roles", admin.token(),
                obj("name", Fixtures.unique(name), "permissions", List.of("users.read")));
        assertEquals(201, created.getStatus());
        return body(created).getString("id");
    }

    private JsonArray page(String path, String token) {
        Response response = api.get(path, token);
        assertEquals(200, response.getStatus(), path);
        return body(response).getJsonArray("data");
    }

    private static List<String> actions(JsonArray data) {
        return data.stream().map(e -> e.asJsonObject().getString("action")).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
