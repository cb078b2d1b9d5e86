package io.orgkit.app.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.AuditFixtures;
import io.orgkit.app.testing.DnsServer;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.Fixtures.TestUser;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.impl.kernel.AuditEventEntity;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.web.EndpointCatalog;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every operation that changes something, as the endpoint catalog lists them (the JAX-RS methods of the module, the
 * same catalog the API document is made from), writes exactly the audit events it should, with the right actor,
 * target and organization, and the request's id and client. An operation added later without a case here fails
 * {@link #everyChangingOperationHasACase}; one whose service forgets to audit fails
 * {@link #everyChangingOperationWritesItsAuditEvents}.
 */
@HelidonTest
@AddConfig(key = "org.organizations.founding", value = "true")
class AuditCatalogTest {
    /** Verifies domains by their TXT records, as a real resolver would find them. */
    @RegisterExtension
    static final DnsServer DNS = new DnsServer();
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Operations that use POST without changing anything, and why. */
    private static final Map<String, String> NOT_CHANGES = Map.of(
            "POST /api/invitations/lookup", "reads what an invitation token stands for (POST keeps the token out of URLs)");

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    InvitationFixtures invitations;
    @Inject
    AuditFixtures audit;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void everyChangingOperationHasACase() {
        List<String> missing = new ArrayList<>();
        for (String operation : changingOperations()) {
            if (!cases().containsKey(operation) && !NOT_CHANGES.containsKey(operation)) {
                missing.add(operation);
            }
        }
        assertTrue(missing.isEmpty(), "operations that change something but have no audit case here (add one, and "
                + "make the service call AuditTrail.record): " + missing);
        assertTrue(changingOperations().size() >= 40, "the catalog was read: " + changingOperations());
    }

    @Test
    void everyChangingOperationWritesItsAuditEvents() {
        List<String> failures = new ArrayList<>();
        for (var entry : cases().entrySet()) {
            if (!changingOperations().contains(entry.getKey())) {
                failures.add(entry.getKey() + ": no such operation in the catalog any more");
                continue;
            }
            try {
                check(entry.getKey(), entry.getValue().get());
            } catch (AssertionError e) {
                failures.add(entry.getKey() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static List<String> changingOperations() {
        return EndpointCatalog.endpoints().stream()
                .filter(e -> CHANGING.contains(e.method()))
                .filter(e -> e.resource().getPackageName().startsWith("io.orgkit.impl"))
                .map(e -> e.method() + " " + e.path())
                .distinct()
                .sorted()
                .toList();
    }

    private void check(String operation, Case c) {
        String requestId = "audit-" + UUID.randomUUID();
        String agent = "AuditCatalogTest/1.0 (" + operation + ")";
        Invocation.Builder request = api.request(c.path(), c.token())
                .header("X-Request-Id", requestId)
                .header("User-Agent", agent);
        Response response;
        if (c.body() == null && !c.method().equals("PATCH")) {
            response = request.method(c.method());
        } else {
            response = request.property("jersey.config.client.httpUrlConnection.setMethodWorkaround", true)
                    .method(c.method(), Entity.entity(c.body() == null ? "{}" : c.body().toString(),
                            MediaType.APPLICATION_JSON_TYPE));
        }
        JsonObject answer;
        try (response) {
            int status = response.getStatus();
            String text = response.hasEntity() ? response.readEntity(String.class) : "";
            assertTrue(status >= 200 && status < 300, "the call itself failed with " + status + ": " + text);
            answer = text.isBlank() ? null : jakarta.json.Json.createReader(new java.io.StringReader(text)).readObject();
        }
        Expected expected = c.expected().apply(answer);
        List<AuditEventEntity> events = audit.ofRequest(requestId);
        assertEquals(expected.actions(), events.stream().map(AuditEventEntity::action).toList(), "actions written");
        for (AuditEventEntity event : events) {
            assertEquals(expected.organizationId(), event.organizationId(), event.action() + " organization");
            assertEquals(expected.actorType(), event.actorType(), event.action() + " actor type");
            if (expected.actorId() != null) {
                assertEquals(expected.actorId(), event.actorId(), event.action() + " actor");
            }
            if (expected.actorUserId() != null) {
                assertEquals(expected.actorUserId(), event.actorUserId(), event.action() + " actor's user");
            }
            assertEquals(expected.superAdmin(), event.actorSuperAdmin(), event.action() + " Super Admin flag");
            assertEquals(agent, event.userAgent(), "user agent");
            assertTrue(event.clientAddress() != null && !event.clientAddress().isBlank(), "client address");
        }
        AuditEventEntity first = events.getFirst();
        assertEquals(expected.targetType(), first.targetType(), "target type");
        if (expected.targetId() != null) {
            assertEquals(expected.targetId(), first.targetId(), "target");
        }
    }

    // One case per changing operation: each builds its own data and says what the call must record.
    private Map<String, Supplier<Case>> cases() {
        Map<String, Supplier<Case>> cases = new LinkedHashMap<>();
        cases.put("POST /api/auth/login", () -> {
            String org = fixtures.organization();
            TestUser user = fixtures.user();
            fixtures.member(org, user, "Member");
            return new Case("POST", "/api/auth/login", null, obj("email", user.email(), "password", Fixtures.PASSWORD),
                    a -> user(org, user.id(), "user", user.id(), "session.created"));
        });
        cases.put("POST /api/auth/logout", () -> {
            String org = fixtures.organization();
            Member m = fixtures.memberWithSession(org, "Member");
            return new Case("POST", "/api/auth/logout", m.token(), null,
                    a -> user(org, m.user().id(), "session", null, "session.ended"));
        });
        cases.put("PUT /api/auth/session/organization", () -> {
            String org = fixtures.organization();
            String other = fixtures.organization();
            Member m = fixtures.memberWithSession(org, "Member");
            fixtures.member(other, m.user(), "Viewer");
            return new Case("PUT", "/api/auth/session/organization", m.token(), obj("organizationId", other),
                    a -> user(other, m.user().id(), "session", null, "session.organization_switched"));
        });
        cases.put("POST /api/invitations/accept", () -> {
            String org = fixtures.organization();
            var issued = invitations.issue(org, Fixtures.unique("new") + "@example.test", "Member");
            return new Case("POST", "/api/invitations/accept", null,
                    obj("token", issued.token(), "name", "New Person", "password", Fixtures.PASSWORD),
                    a -> user(org, a.getJsonObject("user").getString("id"), "invitation", issued.id(),
                            "invitation.accepted", "member.joined"));
        });
        // The signed-in user's own account: changes of the user are platform events (no organization).
        cases.put("PATCH /api/account", () -> {
            String org = fixtures.organization();
            Member m = fixtures.memberWithSession(org, "Member");
            return new Case("PATCH", "/api/account", m.token(), obj("name", Fixtures.unique("Renamed")),
                    a -> user(null, m.user().id(), "user", m.user().id(), "user.updated"));
        });
        cases.put("PUT /api/account/password", () -> {
            String org = fixtures.organization();
            Member m = fixtures.memberWithSession(org, "Member");
            return new Case("PUT", "/api/account/password", m.token(),
                    obj("currentPassword", Fixtures.PASSWORD, "newPassword", "another-horse-battery"),
                    a -> user(null, m.user().id(), "user", m.user().id(), "user.password_changed"));
        });
        cases.put("DELETE /api/account/sessions/{sessionId}", () -> {
            String org = fixtures.organization();
            Member m = fixtures.memberWithSession(org, "Member");
            fixtures.login(m.user(), org);
            String other = body(api.get("/api/account/sessions", m.token())).getJsonArray("data")
                    .getValuesAs(JsonObject.class).stream().filter(s -> !s.getBoolean("current"))
                    .findFirst().orElseThrow().getString("id");
            // Recorded in the ended session's organization, as a logout is.
            return new Case("DELETE", "/api/account/sessions/" + other, m.token(), null,
                    a -> user(org, m.user().id(), "session", other, "session.ended"));
        });
        cases.put("DELETE /api/account/sessions", () -> {
            String org = fixtures.organization();
            Member m = fixtures.memberWithSession(org, "Member");
            fixtures.login(m.user(), org);
            return new Case("DELETE", "/api/account/sessions", m.token(), null,
                    a -> user(null, m.user().id(), "user", m.user().id(), "user.sessions_ended"));
        });
        cases.put("DELETE /api/account/organizations/{organizationId}", () -> {
            String org = fixtures.organization();
            Member m = fixtures.memberWithSession(org, "Member");
            return new Case("DELETE", "/api/account/organizations/" + org, m.token(), null,
                    a -> user(org, m.user().id(), "member", m.membershipId(), "member.left"));
        });
        cases.put("DELETE /api/account/invitations/{invitationId}", () -> {
            String org = fixtures.organization();
            String other = fixtures.organization();
            Member m = fixtures.memberWithSession(other, "Member");
            String id = invitations.issue(org, m.user().email(), "Member").id();
            return new Case("DELETE", "/api/account/invitations/" + id, m.token(), null,
                    a -> user(org, m.user().id(), "invitation", id, "invitation.declined"));
        });
        // Whoever asks for a reset is not known: anonymous, with the account as the target.
        cases.put("POST /api/account/password-reset", () -> {
            TestUser u = fixtures.user();
            return new Case("POST", "/api/account/password-reset", null, obj("email", u.email()),
                    a -> new Expected(null, List.of("user.password_reset_requested"), "anonymous", null, null, false,
                            "user", u.id()));
        });
        // The emailed token proves the user, who is the actor.
        cases.put("POST /api/account/password-reset/complete", () -> {
            TestUser u = fixtures.user();
            String token = SecretTokens.generate("orgr_");
            fixtures.update("INSERT INTO orgkit_password_reset (id, user_id, token_hash, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), u.id(), SecretTokens.hash(token),
                    fixtures.utcAgo(Duration.ZERO), fixtures.utcAgo(Duration.ofMinutes(-10)));
            return new Case("POST", "/api/account/password-reset/complete", null,
                    obj("token", token, "newPassword", "a-fresh-password"),
                    a -> user(null, u.id(), "user", u.id(), "user.password_reset_completed"));
        });
        cases.put("POST /api/organizations", () -> {
            Member root = superAdmin();
            return new Case("POST", "/api/organizations", root.token(), obj("name", Fixtures.unique("Audited")),
                    a -> new Expected(a.getString("id"), List.of("organization.created"), "user", root.user().id(),
                            root.user().id(), true, "organization", a.getString("id")));
        });
        cases.put("POST /api/organizations/api-keys", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            return new Case("POST", "/api/organizations/api-keys", admin.token(),
                    obj("name", Fixtures.unique("key"), "role", "Member"),
                    a -> user(org, admin.user().id(), "api_key", a.getString("id"), "api_key.created"));
        });
        cases.put("PUT /api/organizations/api-keys/policy", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            return new Case("PUT", "/api/organizations/api-keys/policy", admin.token(), obj("maxLifetimeDays", 30),
                    a -> user(org, admin.user().id(), "organization", org, "api_key.policy_updated"));
        });
        cases.put("DELETE /api/organizations/api-keys/{id}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String key = createKey(admin, "Member").getString("id");
            return new Case("DELETE", "/api/organizations/api-keys/" + key, admin.token(), null,
                    a -> user(org, admin.user().id(), "api_key", key, "api_key.revoked"));
        });
        // Through an API key: the key is the actor, and its creator is recorded with it.
        cases.put("POST /api/organizations/invitations", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            JsonObject key = createKey(admin, "Admin");
            return new Case("POST", "/api/organizations/invitations", key.getString("key"),
                    obj("email", Fixtures.unique("inv") + "@example.test"),
                    a -> new Expected(org, List.of("invitation.created"), "api_key", key.getString("id"),
                            admin.user().id(), false, "invitation", a.getString("id")));
        });
        // Each created entry of a bulk invitation records its own invitation.created, once; refused entries nothing.
        cases.put("POST /api/organizations/invitations/bulk", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String member = fixtures.memberWithSession(org, "Member").user().email();
            return new Case("POST", "/api/organizations/invitations/bulk", admin.token(),
                    obj("invitations", jakarta.json.Json.createArrayBuilder()
                            .add(obj("email", Fixtures.unique("b1") + "@example.test"))
                            .add(obj("email", member))
                            .add(obj("email", Fixtures.unique("b2") + "@example.test")).build()),
                    a -> {
                        var results = a.getJsonArray("results");
                        assertEquals("already_member", results.getJsonObject(1).getString("result"));
                        return user(org, admin.user().id(), "invitation", results.getJsonObject(0).getString("id"),
                                "invitation.created", "invitation.created");
                    });
        });
        cases.put("POST /api/organizations/invitations/{invitationId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String id = pendingInvitation(org);
            return new Case("POST", "/api/organizations/invitations/" + id, admin.token(), null,
                    a -> user(org, admin.user().id(), "invitation", id, "invitation.resent"));
        });
        cases.put("DELETE /api/organizations/invitations/{invitationId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String id = pendingInvitation(org);
            return new Case("DELETE", "/api/organizations/invitations/" + id, admin.token(), null,
                    a -> user(org, admin.user().id(), "invitation", id, "invitation.revoked"));
        });
        cases.put("PATCH /api/organizations/me", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            return new Case("PATCH", "/api/organizations/me", admin.token(), obj("name", Fixtures.unique("Renamed")),
                    a -> user(org, admin.user().id(), "organization", org, "organization.updated"));
        });
        cases.put("PATCH /api/organizations/members/{memberId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String member = fixtures.member(org, fixtures.user(), "Member");
            return new Case("PATCH", "/api/organizations/members/" + member, admin.token(), obj("role", "Viewer"),
                    a -> user(org, admin.user().id(), "member", member, "member.role_changed"));
        });
        cases.put("DELETE /api/organizations/members/{memberId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String member = fixtures.member(org, fixtures.user(), "Member");
            return new Case("DELETE", "/api/organizations/members/" + member, admin.token(), null,
                    a -> user(org, admin.user().id(), "member", member, "member.removed"));
        });
        cases.put("POST /api/organizations/roles", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            return new Case("POST", "/api/organizations/roles", admin.token(),
                    obj("name", Fixtures.unique("Auditor"), "permissions", List.of("users.read")),
                    a -> user(org, admin.user().id(), "role", a.getString("id"), "role.created"));
        });
        cases.put("PATCH /api/organizations/roles/{roleId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String role = fixtures.orgRole(org, Fixtures.unique("Editor"), "users.read");
            return new Case("PATCH", "/api/organizations/roles/" + role, admin.token(), obj("description", "edits"),
                    a -> user(org, admin.user().id(), "role", role, "role.updated"));
        });
        cases.put("DELETE /api/organizations/roles/{roleId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String role = fixtures.orgRole(org, Fixtures.unique("Gone"), "users.read");
            return new Case("DELETE", "/api/organizations/roles/" + role, admin.token(), null,
                    a -> user(org, admin.user().id(), "role", role, "role.deleted"));
        });
        cases.put("POST /api/organizations/webhooks", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            return new Case("POST", "/api/organizations/webhooks", admin.token(), obj("url", "http://127.0.0.1:9/hook"),
                    a -> user(org, admin.user().id(), "webhook", a.getString("id"), "webhook.created"));
        });
        cases.put("PATCH /api/organizations/webhooks/{id}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String hook = webhook(admin);
            return new Case("PATCH", "/api/organizations/webhooks/" + hook, admin.token(), obj("enabled", false),
                    a -> user(org, admin.user().id(), "webhook", hook, "webhook.updated"));
        });
        cases.put("DELETE /api/organizations/webhooks/{id}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String hook = webhook(admin);
            return new Case("DELETE", "/api/organizations/webhooks/" + hook, admin.token(), null,
                    a -> user(org, admin.user().id(), "webhook", hook, "webhook.deleted"));
        });
        cases.put("POST /api/organizations/webhooks/{id}/deliveries/{deliveryId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String hook = webhook(admin);
            assertEquals(201, api.post("/api/organizations/roles", admin.token(),
                    obj("name", Fixtures.unique("Hooked"), "permissions", List.of("users.read"))).getStatus());
            String delivery = body(api.get("/api/organizations/webhooks/" + hook + "/deliveries", admin.token()))
                    .getJsonArray("data").getJsonObject(0).getString("id");
            return new Case("POST", "/api/organizations/webhooks/" + hook + "/deliveries/" + delivery, admin.token(),
                    null, a -> user(org, admin.user().id(), "webhook", hook, "webhook.redelivered"));
        });
        // The Super Admin console: the same operations on a named organization, recorded with the Super Admin flag.
        cases.put("PATCH /api/organizations/{id}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            return new Case("PATCH", "/api/organizations/" + org, root.token(), obj("timezone", "Europe/Paris"),
                    a -> console(org, root, "organization", org, "organization.updated"));
        });
        cases.put("DELETE /api/organizations/{id}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            return new Case("DELETE", "/api/organizations/" + org, root.token(), null,
                    a -> console(org, root, "organization", org, "organization.deleted"));
        });
        cases.put("POST /api/organizations/{id}/invitations", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            return new Case("POST", "/api/organizations/" + org + "/invitations", root.token(),
                    obj("email", Fixtures.unique("inv") + "@example.test", "role", "Admin"),
                    a -> console(org, root, "invitation", a.getString("id"), "invitation.created"));
        });
        cases.put("POST /api/organizations/{id}/invitations/bulk", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            return new Case("POST", "/api/organizations/" + org + "/invitations/bulk", root.token(),
                    obj("invitations", jakarta.json.Json.createArrayBuilder()
                            .add(obj("email", Fixtures.unique("c1") + "@example.test", "role", "Admin"))
                            .add(obj("email", Fixtures.unique("c2") + "@example.test")).build()),
                    a -> console(org, root, "invitation", a.getJsonArray("results").getJsonObject(0).getString("id"),
                            "invitation.created", "invitation.created"));
        });
        cases.put("POST /api/organizations/{id}/invitations/{invitationId}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            String id = pendingInvitation(org);
            return new Case("POST", "/api/organizations/" + org + "/invitations/" + id, root.token(), null,
                    a -> console(org, root, "invitation", id, "invitation.resent"));
        });
        cases.put("DELETE /api/organizations/{id}/invitations/{invitationId}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            String id = pendingInvitation(org);
            return new Case("DELETE", "/api/organizations/" + org + "/invitations/" + id, root.token(), null,
                    a -> console(org, root, "invitation", id, "invitation.revoked"));
        });
        cases.put("PATCH /api/organizations/{id}/members/{memberId}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            String member = fixtures.member(org, fixtures.user(), "Member");
            return new Case("PATCH", "/api/organizations/" + org + "/members/" + member, root.token(),
                    obj("role", "Admin"), a -> console(org, root, "member", member, "member.role_changed"));
        });
        cases.put("DELETE /api/organizations/{id}/members/{memberId}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            String member = fixtures.member(org, fixtures.user(), "Member");
            return new Case("DELETE", "/api/organizations/" + org + "/members/" + member, root.token(), null,
                    a -> console(org, root, "member", member, "member.removed"));
        });
        cases.put("POST /api/organizations/{id}/roles", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            return new Case("POST", "/api/organizations/" + org + "/roles", root.token(),
                    obj("name", Fixtures.unique("Auditor"), "permissions", List.of("audit.read")),
                    a -> console(org, root, "role", a.getString("id"), "role.created"));
        });
        cases.put("PATCH /api/organizations/{id}/roles/{roleId}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            String role = fixtures.orgRole(org, Fixtures.unique("Editor"), "users.read");
            return new Case("PATCH", "/api/organizations/" + org + "/roles/" + role, root.token(),
                    obj("permissions", List.of("users.read", "roles.read")),
                    a -> console(org, root, "role", role, "role.updated"));
        });
        cases.put("DELETE /api/organizations/{id}/roles/{roleId}", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            String role = fixtures.orgRole(org, Fixtures.unique("Gone"), "users.read");
            return new Case("DELETE", "/api/organizations/" + org + "/roles/" + role, root.token(), null,
                    a -> console(org, root, "role", role, "role.deleted"));
        });
        cases.put("POST /api/organizations/{id}/suspend", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            return new Case("POST", "/api/organizations/" + org + "/suspend", root.token(), null,
                    a -> console(org, root, "organization", org, "organization.suspended"));
        });
        cases.put("POST /api/organizations/{id}/resume", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            assertEquals(200, api.post("/api/organizations/" + org + "/suspend", root.token(), null).getStatus());
            return new Case("POST", "/api/organizations/" + org + "/resume", root.token(), null,
                    a -> console(org, root, "organization", org, "organization.resumed"));
        });
        cases.put("POST /api/organizations/{id}/restore", () -> {
            String org = fixtures.organization();
            Member root = superAdmin();
            assertEquals(204, api.delete("/api/organizations/" + org, root.token()).getStatus());
            return new Case("POST", "/api/organizations/" + org + "/restore", root.token(), null,
                    a -> console(org, root, "organization", org, "organization.restored"));
        });
        // A user founds an organization from their session: recorded in the new organization, the founder acting.
        cases.put("POST /api/organizations/found", () -> {
            TestUser founder = fixtures.user();
            return new Case("POST", "/api/organizations/found", fixtures.login(founder, null),
                    obj("name", Fixtures.unique("Founded")),
                    a -> user(a.getString("id"), founder.id(), "organization", a.getString("id"),
                            "organization.founded"));
        });
        // Verified domains: the organization's Admins claim, prove and give them up.
        cases.put("POST /api/organizations/domains", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            return new Case("POST", "/api/organizations/domains", admin.token(), obj("domain", domainName()),
                    a -> user(org, admin.user().id(), "domain", a.getString("id"), "domain.added"));
        });
        cases.put("PATCH /api/organizations/domains/{domainId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String domain = claimDomain(admin, domainName(), "manual").getString("id");
            return new Case("PATCH", "/api/organizations/domains/" + domain, admin.token(),
                    obj("enrollmentMode", "join"), a -> user(org, admin.user().id(), "domain", domain, "domain.updated"));
        });
        cases.put("DELETE /api/organizations/domains/{domainId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String domain = claimDomain(admin, domainName(), "manual").getString("id");
            return new Case("DELETE", "/api/organizations/domains/" + domain, admin.token(), null,
                    a -> user(org, admin.user().id(), "domain", domain, "domain.removed"));
        });
        cases.put("POST /api/organizations/domains/{domainId}/code", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String domain = claimDomain(admin, domainName(), "manual").getString("id");
            return new Case("POST", "/api/organizations/domains/" + domain + "/code", admin.token(),
                    obj("localPart", "postmaster"),
                    a -> user(org, admin.user().id(), "domain", domain, "domain.code_sent"));
        });
        cases.put("POST /api/organizations/domains/{domainId}/verify", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            JsonObject claimed = claimDomain(admin, domainName(), "manual");
            DNS.publishTxt(claimed.getString("dnsRecordName"), claimed.getString("dnsRecordValue"));
            String domain = claimed.getString("id");
            return new Case("POST", "/api/organizations/domains/" + domain + "/verify", admin.token(),
                    obj("method", "dns"), a -> user(org, admin.user().id(), "domain", domain, "domain.verified"));
        });
        // Joining by a verified domain: the joining user is the actor, the new membership the target.
        cases.put("POST /api/domains/join/{organizationId}", () -> {
            String org = fixtures.organization();
            Member admin = fixtures.memberWithSession(org, "Admin");
            String name = domainName();
            JsonObject claimed = claimDomain(admin, name, "join");
            DNS.publishTxt(claimed.getString("dnsRecordName"), claimed.getString("dnsRecordValue"));
            assertEquals(200, api.post("/api/organizations/domains/" + claimed.getString("id") + "/verify",
                    admin.token(), obj("method", "dns")).getStatus());
            TestUser joiner = fixtures.userWithEmail(Fixtures.unique("joiner") + "@" + name, true);
            return new Case("POST", "/api/domains/join/" + org, fixtures.login(joiner, null), null, a -> {
                assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? "
                        + "AND user_id = ?", org, joiner.id()), "joined");
                return user(org, joiner.id(), "member", null, "member.joined");
            });
        });
        return cases;
    }

    private static String domainName() {
        return Fixtures.unique("audited").toLowerCase(java.util.Locale.ROOT) + ".com";
    }

    private JsonObject claimDomain(Member admin, String domain, String enrollmentMode) {
        Response claimed = api.post("/api/organizations/domains", admin.token(),
                obj("domain", domain, "enrollmentMode", enrollmentMode));
        assertEquals(201, claimed.getStatus());
        return body(claimed);
    }

    private Member superAdmin() {
        TestUser root = fixtures.user(true);
        return new Member(root, null, fixtures.login(root, null));
    }

    private JsonObject createKey(Member admin, String role) {
        Response created = api.post("/api/organizations/api-keys", admin.token(),
                obj("name", Fixtures.unique("key"), "role", role));
        assertEquals(201, created.getStatus());
        return body(created);
    }

    private String webhook(Member admin) {
        Response created = api.post("/api/organizations/webhooks", admin.token(), obj("url", "http://127.0.0.1:9/hook"));
        assertEquals(201, created.getStatus());
        return body(created).getString("id");
    }

    private String pendingInvitation(String org) {
        String id = invitations.issue(org, Fixtures.unique("p") + "@example.test", "Member").id();
        invitations.sentLongAgo(id);
        return id;
    }

    private static Expected user(String org, String userId, String targetType, String targetId, String... actions) {
        return new Expected(org, List.of(actions), "user", userId, userId, false, targetType, targetId);
    }

    private static Expected console(String org, Member root, String targetType, String targetId, String... actions) {
        return new Expected(org, List.of(actions), "user", root.user().id(), root.user().id(), true, targetType,
                targetId);
    }

    private record Case(String method, String path, String token, Object body, Function<JsonObject, Expected> expected) {
    }

    private record Expected(String organizationId, List<String> actions, String actorType, String actorId,
                            String actorUserId, boolean superAdmin, String targetType, String targetId) {
    }
}
