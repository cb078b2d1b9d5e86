package io.orgkit.app.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.idempotency.IdempotentRequests;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that retries a POST after a timeout, with an {@code Idempotency-Key}, changes nothing twice: on both
 * databases, since the keys live in the database so that every node knows them.
 */
@SharedServer
class IdempotencyKeyTest {
    private static final String ROLES = "/api/organizations/roles";
    private static final String INVITATIONS = "/api/organizations/invitations";
    private static final String BULK = INVITATIONS + "/bulk";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    IdempotentRequests requests;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void theSameKeyAndBodyWithin24HoursGetsTheFirstAnswerAndChangesNothingTwice() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = UUID.randomUUID().toString();
        String role = roleBody("Retried");

        Response first = post(ROLES, admin.token(), key, role);
        assertEquals(201, first.getStatus());
        String location = first.getHeaderString("Location");
        JsonObject created = body(first);
        assertNull(first.getHeaderString("Idempotent-Replayed"));

        Response retry = post(ROLES, admin.token(), key, role);
        assertEquals(201, retry.getStatus());
        assertEquals("true", retry.getHeaderString("Idempotent-Replayed"));
        assertEquals(location, retry.getHeaderString("Location"));
        assertEquals(created, body(retry));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ?", org));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_audit_event WHERE organization_id = ? "
                + "AND action = 'role.created'", org), "one change, one audit event");
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String key = UUID.randomUUID().toString();
        assertEquals(201, Api.status(post(ROLES, admin.token(), key, roleBody("First"))));
        Response other = post(ROLES, admin.token(), key, roleBody("Second"));
        assertEquals(422, other.getStatus());
        assertTrue(body(other).getJsonArray("errors").toString().contains("Idempotency-Key"));
    }

    @Test
    void aDuplicateWhileTheFirstRunsIs409() {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String key = UUID.randomUUID().toString();
        String body = roleBody("Busy");
        // Another node took the key a moment ago and is still running the request.
        Response probe = post(ROLES, admin.token(), key, body);
        assertEquals(201, probe.getStatus());
        String busyKey = UUID.randomUUID().toString();
        fixtures.update("INSERT INTO orgkit_idempotency_key (id, caller, idempotency_key, request_hash, status, "
                        + "secret_withheld, locked_until, expires_at) SELECT ?, caller, ?, request_hash, "
                        + "'IN_PROGRESS', FALSE, ?, expires_at FROM orgkit_idempotency_key WHERE idempotency_key = ?",
                UUID.randomUUID().toString(), busyKey, fixtures.utcAgo(Duration.ofSeconds(-60)), key);
        Response duplicate = post(ROLES, admin.token(), busyKey, body);
        assertEquals(409, duplicate.getStatus());
        assertTrue(body(duplicate).getString("detail").contains("in progress"));
    }

    @Test
    void concurrentDuplicatesMakeOneChange() throws Exception {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = UUID.randomUUID().toString();
        String body = roleBody("Raced");
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<Integer> call = () -> {
                    start.await();
                    return Api.status(post(ROLES, admin.token(), key, body));
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertTrue(statuses.contains(201), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ?", org));
    }

    @Test
    void keysBelongToTheirCallerAndExpireAfter24Hours() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member other = fixtures.memberWithSession(org, "Admin");
        String key = UUID.randomUUID().toString();
        assertEquals(201, Api.status(post(ROLES, admin.token(), key, roleBody("Mine"))));
        assertEquals(201, Api.status(post(ROLES, other.token(), key, roleBody("Theirs"))), "another caller's key");

        fixtures.update("UPDATE orgkit_idempotency_key SET expires_at = ? WHERE idempotency_key = ?",
                fixtures.utcAgo(Duration.ofSeconds(1)), key);
        Response afresh = post(ROLES, admin.token(), key, roleBody("Later"));
        assertEquals(201, afresh.getStatus());
        assertNull(afresh.getHeaderString("Idempotent-Replayed"));
        assertEquals(3, fixtures.count("SELECT COUNT(*) FROM orgkit_role WHERE organization_id = ?", org));
    }

    @Test
    void aRefusedRequestKeepsNothingSoItsRetryRunsAgain() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = UUID.randomUUID().toString();
        String name = Fixtures.unique("Taken");
        fixtures.orgRole(org, name, "users.read");
        String body = obj("name", name, "permissions", List.of("users.read")).toString();
        assertEquals(409, Api.status(post(ROLES, admin.token(), key, body)));
        assertEquals(409, Api.status(post(ROLES, admin.token(), key, body)), "run again, not a stored refusal");
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_idempotency_key WHERE idempotency_key = ?", key));
    }

    @Test
    void anAnswerWithASecretIsNotKeptAndItsRetryIsToldSo() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = UUID.randomUUID().toString();
        String body = obj("name", Fixtures.unique("key"), "role", "Member").toString();
        Response created = post("/api/organizations/api-keys", admin.token(), key, body);
        assertEquals(201, created.getStatus());
        String secret = body(created).getString("key");
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_idempotency_key WHERE response_body LIKE ?",
                "%" + secret.substring(5, 20) + "%"), "the secret is never stored");

        Response retry = post("/api/organizations/api-keys", admin.token(), key, body);
        assertEquals(409, retry.getStatus());
        assertFalse(retry.readEntity(String.class).contains(secret));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_api_key WHERE organization_id = ?", org));
    }

    @Test
    void aMalformedKeyIs400AndAnonymousPostsDisregardIt() {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        Response tooLong = post(ROLES, admin.token(), "k".repeat(256), roleBody("Long"));
        assertEquals(400, tooLong.getStatus());
        assertTrue(body(tooLong).getJsonArray("errors").toString().contains("Idempotency-Key"));
        String key = UUID.randomUUID().toString();
        String wrong = obj("email", Fixtures.unique("nobody") + "@example.test", "password", "wrong-password-1")
                .toString();
        assertEquals(401, Api.status(post("/api/auth/login", null, key, wrong)));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_idempotency_key WHERE idempotency_key = ?", key));
    }

    @Test
    void aRetriedBulkInvitationInvitesEachEmailOnceAndReplaysTheFirstAnswer() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = UUID.randomUUID().toString();
        String first = Fixtures.unique("bulk1") + "@example.test";
        String second = Fixtures.unique("bulk2") + "@example.test";
        String body = obj("invitations", jakarta.json.Json.createArrayBuilder().add(obj("email", first))
                .add(obj("email", second)).build()).toString();

        Response answer = post(BULK, admin.token(), key, body);
        assertEquals(200, answer.getStatus());
        JsonObject results = body(answer);
        assertEquals(2, results.getInt("created"));
        Response retry = post(BULK, admin.token(), key, body);
        assertEquals(200, retry.getStatus());
        assertEquals("true", retry.getHeaderString("Idempotent-Replayed"));
        assertEquals(results, body(retry), "the first answer, not a second run's 'pending' for each email");
        assertEquals(2, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));
        assertEquals(2, fixtures.count("SELECT COUNT(*) FROM orgkit_audit_event WHERE organization_id = ? "
                + "AND action = 'invitation.created'", org), "one audit event per invitation");
    }

    @Test
    void anInvitationAnsweredWithItsAcceptLinkIsNotKept() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String key = UUID.randomUUID().toString();
        String body = obj("email", Fixtures.unique("linked") + "@example.test", "sendEmail", false).toString();
        Response created = post(INVITATIONS, admin.token(), key, body);
        assertEquals(201, created.getStatus());
        String link = body(created).getString("acceptLink");
        String token = link.substring(link.indexOf("orgi_"));
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_idempotency_key WHERE response_body LIKE ?",
                "%" + token + "%"), "the link's token is never stored");

        Response retry = post(INVITATIONS, admin.token(), key, body);
        assertEquals(409, retry.getStatus());
        assertFalse(retry.readEntity(String.class).contains(token));
        assertEquals(1, fixtures.count("SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ?", org));
    }

    private Response post(String path, String token, String key, String body) {
        return api.request(path, token).header("Idempotency-Key", key)
                .post(Entity.entity(body, MediaType.APPLICATION_JSON_TYPE));
    }

    private static String roleBody(String name) {
        return obj("name", Fixtures.unique(name), "permissions", List.of("users.read")).toString();
    }
}
