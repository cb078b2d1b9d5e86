package io.orgkit.app.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.AuditFixtures;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.InvitationFixtures;
import io.orgkit.impl.kernel.AuditEventEntity;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Login throttling that an attacker cannot turn against a user: failures count per account and client address, and
 * per client address across accounts, each counted atomically before the password is checked. Every test speaks
 * from client addresses of its own ({@code X-Forwarded-For}, trusted here).
 */
@HelidonTest
@AddConfig(key = "org.http.trust-forwarded-for", value = "true")
class LoginThrottleTest {
    private static final String LOGIN = "/api/auth/login";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    AuditFixtures audit;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    private int login(String client, String email, String password) {
        return status(api.postFrom(client, LOGIN, null, obj("email", email, "password", password)));
    }

    // The audit: 40 parallel attempts got five 401s against a limit of 4 (check and count were separate steps).
    @Test
    void fortyParallelAttemptsCheckAtMostTheLimitsNumberOfPasswords() throws Exception {
        Fixtures.TestUser user = fixtures.user();
        String client = InvitationFixtures.clientIp();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return login(client, user.email(), "wrong-password");
                }, threads));
            }
            start.countDown();
            int checked = 0;
            for (CompletableFuture<Integer> attempt : attempts) {
                int answer = attempt.get(60, TimeUnit.SECONDS);
                // 503: forty transactions queued on one counter's row lock can outwait the pool's 750 ms on a busy
                // machine; a refusal checks no password either, which is what is counted here.
                assertTrue(answer == 401 || answer == 429 || answer == 503, "answered " + answer);
                checked += answer == 401 ? 1 : 0;
            }
            assertTrue(checked >= 1 && checked <= 4, checked + " passwords checked against a limit of 4");
        }
    }

    // The audit: four wrong passwords locked anyone out, the owner with the right password included.
    @Test
    void theRightPasswordFromAClientThatHasNotFailedStillWorks() {
        Fixtures.TestUser user = fixtures.user();
        String attacker = InvitationFixtures.clientIp();
        for (int i = 0; i < 4; i++) {
            assertEquals(401, login(attacker, user.email(), "guess-" + i));
        }
        assertEquals(429, login(attacker, user.email(), Fixtures.PASSWORD),
                "the client that failed is refused for this account, even with the right password");
        assertEquals(200, login(InvitationFixtures.clientIp(), user.email(), Fixtures.PASSWORD),
                "the owner, from another address, logs in");
        assertEquals(401, login(InvitationFixtures.clientIp(), user.email(), "another-guess"),
                "and the account is not locked for other clients either");
    }

    @Test
    void oneClientSprayingAPasswordOverManyAccountsIsStopped() {
        String sprayer = InvitationFixtures.clientIp();
        for (int i = 0; i < 20; i++) {
            assertEquals(401, login(sprayer, Fixtures.unique("spray") + "@example.test", "Summer2026!"));
        }
        Fixtures.TestUser user = fixtures.user();
        assertEquals(429, login(sprayer, user.email(), "Summer2026!"), "the 21st account from one client");
        assertEquals(429, login(sprayer, user.email(), Fixtures.PASSWORD));
        assertEquals(200, login(InvitationFixtures.clientIp(), user.email(), Fixtures.PASSWORD),
                "other clients are not affected");
    }

    @Test
    void aLockoutIsLoggedAsASecurityEvent() {
        Fixtures.TestUser user = fixtures.user();
        String client = InvitationFixtures.clientIp();
        List<LogRecord> events = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                events.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger security = Logger.getLogger("io.orgkit.security");
        security.addHandler(handler);
        try {
            for (int i = 0; i < 4; i++) {
                assertEquals(401, login(client, user.email(), "guess-" + i));
            }
            assertEquals(429, login(client, user.email(), "guess-4"));
        } finally {
            security.removeHandler(handler);
        }
        assertEquals(1, events.stream().filter(e -> e.getLevel() == Level.WARNING
                && e.getMessage().contains("login-locked") && e.getMessage().contains(user.email())
                && e.getMessage().contains(client)).count(), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.getMessage().contains("login-failed")), events.toString());
    }

    // docs/audit-and-webhooks.md: login.failed for each wrong password, login.locked with the failure that locks the
    // email out for that client; platform events (no organization), even for a member of one; never a password.
    @Test
    void failedLoginsAndTheLockoutAreAuditedWithoutAnOrganizationOrAPassword() {
        String org = fixtures.organization();
        Fixtures.Member admin = fixtures.memberWithSession(org, "Admin");
        Fixtures.Member member = fixtures.memberWithSession(org, "Member");
        String client = InvitationFixtures.clientIp();
        List<List<AuditEventEntity>> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String requestId = "login-audit-" + UUID.randomUUID();
            int answer = status(api.request(LOGIN, null).header("X-Forwarded-For", client)
                    .header("X-Request-Id", requestId).header("User-Agent", "LoginThrottleTest/1.0")
                    .post(Entity.json(obj("email", member.user().email().toUpperCase(Locale.ROOT),
                            "password", "guess-" + i).toString())));
            assertEquals(i < 4 ? 401 : 429, answer, "attempt " + (i + 1));
            written.add(audit.ofRequest(requestId));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("login.failed"), actions(written.get(i)), "failure " + (i + 1));
        }
        assertEquals(List.of("login.failed", "login.locked"), actions(written.get(3)),
                "the fourth failure locks the email out for this client");
        assertEquals(List.of(), actions(written.get(4)), "a refused attempt checks no password and records nothing");

        for (int i = 0; i < 4; i++) {
            for (AuditEventEntity event : written.get(i)) {
                String what = event.action() + " of attempt " + (i + 1);
                assertNull(event.organizationId(), what + ": a platform event, not the member's organization's");
                assertEquals("anonymous", event.actorType(), what);
                assertNull(event.actorId(), what);
                assertEquals("user", event.targetType(), what);
                assertEquals(member.user().id(), event.targetId(), what + ": the account tried");
                assertEquals(member.user().email(), event.targetName(), what + ": the email, normalized");
                assertEquals(client, event.clientAddress(), what);
                assertEquals("LoginThrottleTest/1.0", event.userAgent(), what);
                assertFalse(containsPassword(event, "guess-" + i) || containsPassword(event, Fixtures.PASSWORD),
                        what + " names no password: " + describe(event));
            }
        }
        assertNull(written.get(0).getFirst().changes(), "login.failed records no changes");
        AuditEventEntity locked = written.get(3).get(1);
        JsonObject lockedFor = Json.createReader(new java.io.StringReader(locked.changes())).readObject()
                .getJsonObject("lockedFor");
        assertTrue(lockedFor.isNull("before"), locked.changes());
        assertEquals("PT1M", lockedFor.getString("after"), "org.login.failure-window");

        // The organization's own log lists its events only: its member's failed logins are not among them.
        var listed = body(api.get("/api/organizations/audit-events?action=login.", admin.token()))
                .getJsonArray("data");
        assertEquals(0, listed.size(), listed.toString());
    }

    @Test
    void aFailedLoginForAnEmailWithoutAnAccountNamesTheEmailTriedAndNoUser() {
        String email = Fixtures.unique("nobody") + "@example.test";
        String client = InvitationFixtures.clientIp();
        String requestId = "login-audit-" + UUID.randomUUID();
        assertEquals(401, status(api.request(LOGIN, null).header("X-Forwarded-For", client)
                .header("X-Request-Id", requestId)
                .post(Entity.json(obj("email", email, "password", "no-such-account").toString()))));
        List<AuditEventEntity> events = audit.ofRequest(requestId);
        assertEquals(List.of("login.failed"), actions(events));
        AuditEventEntity failed = events.getFirst();
        assertNull(failed.organizationId());
        assertEquals("user", failed.targetType());
        assertNull(failed.targetId(), "no account has this email");
        assertEquals(email, failed.targetName());
        assertEquals(client, failed.clientAddress());
        assertFalse(containsPassword(failed, "no-such-account"), describe(failed));
    }

    private static List<String> actions(List<AuditEventEntity> events) {
        return events.stream().map(AuditEventEntity::action).toList();
    }

    private static boolean containsPassword(AuditEventEntity event, String password) {
        return describe(event).contains(password);
    }

    private static String describe(AuditEventEntity event) {
        return String.join(" | ", String.valueOf(event.actorName()), String.valueOf(event.targetName()),
                String.valueOf(event.changes()), String.valueOf(event.userAgent()), String.valueOf(event.requestId()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
