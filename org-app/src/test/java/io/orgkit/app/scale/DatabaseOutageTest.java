package io.orgkit.app.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.orgkit.app.testing.MariaDbOnly;
import io.orgkit.app.testing.ServerProcess;
import io.orgkit.app.testing.TcpProxy;
import io.orgkit.app.testing.TestSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A database outage fails fast and heals by itself: the server (a JVM of its own, default settings) reaches MariaDB
 * through a TCP proxy this test owns; under load (two clients reading, two creating organizations, one polling
 * {@code /health}) the link is cut for 4 s and restored. While it is cut, API requests get 503 with
 * {@code Retry-After} within a second and {@code /health} answers within a second; nothing waits longer than the
 * pool's bound, no request gets a 500; within a second of the link's return the server serves again, without a
 * restart; and every organization whose creation was acknowledged (201) is in the database. MariaDB only: H2 is
 * embedded and has no link to cut.
 */
@MariaDbOnly
class DatabaseOutageTest {
    private static final long CUT_AFTER_MILLIS = 3_000;
    private static final long OUTAGE_MILLIS = 4_000;
    private static final long AFTER_MILLIS = 3_000;

    record Exchange(String what, long sentAt, long millis, int status, boolean retryAfter) {
    }

    @Test
    void anOutageIsAnsweredFastAndHealsWithoutLosingAcknowledgedWrites() throws Exception {
        assumeTrue(System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:"),
                "the outage is of a database server's link");
        String url = ServerProcess.freshMariaDb(System.getProperty("org.db.url"), "outage");
        URI database = URI.create(url.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(database.getHost(), database.getPort() < 0 ? 3306 : database.getPort());
             ServerProcess server = ServerProcess.start("outage", url.replaceFirst("//[^/]+/",
                     "//127.0.0.1:" + proxy.port() + "/"),
                     // What is under test is the database's absence, not shedding by waiting time (OverloadSoakTest):
                     // on a busy shared machine a scheduler delay over the default 30 ms would refuse a request too, so
                     // the server waits as the tests' own servers do.
                     Map.of("org.http.max-wait", TestSettings.get("org.http.max-wait"),
                             "org.http.max-turn-wait", TestSettings.get("org.http.max-turn-wait")))) {
            String token = server.login();
            ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong names = new AtomicLong();
            long start = System.nanoTime();
            String prefix = "Outage " + Long.toHexString(System.nanoTime()) + " ";
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                clients.add(Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        exchange(server, "read", "GET", "/api/organizations?limit=5", token, null, start, exchanges);
                    }
                }));
                clients.add(Thread.ofPlatform().start(() -> {
                    while (running.get()) {
                        String name = prefix + names.incrementAndGet();
                        Exchange done = exchange(server, "write", "POST", "/api/organizations", token,
                                "{\"name\":\"" + name + "\"}", start, exchanges);
                        if (done.status() == 201) {
                            acknowledged.add(name);
                        }
                    }
                }));
            }
            clients.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    exchange(server, "health", "GET", "/health", null, null, start, exchanges);
                    sleep(100);
                }
            }));

            sleep(CUT_AFTER_MILLIS);
            long cutAt = millisSince(start);
            proxy.cut();
            sleep(OUTAGE_MILLIS);
            long restoredAt = millisSince(start);
            proxy.restore();
            sleep(AFTER_MILLIS);
            running.set(false);
            for (Thread client : clients) {
                client.join(15_000);
            }

            List<Exchange> all = new ArrayList<>(exchanges);
            List<Exchange> api = all.stream().filter(e -> !e.what().equals("health")).toList();
            String summary = summary(all, cutAt, restoredAt);
            System.out.println("=== outage " + summary);
            assertTrue(server.alive(), summary);
            for (Exchange e : api) {
                assertTrue(e.status() / 100 == 2 || (e.status() == 503 && e.retryAfter()),
                        "every API answer is a success or a 503 with Retry-After: " + e + "; " + summary);
                assertTrue(e.millis() < 2_000, "nothing waits long: " + e + "; " + summary);
            }
            List<Exchange> duringOutage = api.stream()
                    .filter(e -> e.sentAt() >= cutAt + 1_000 && e.sentAt() + e.millis() < restoredAt).toList();
            assertTrue(duringOutage.size() > 10, summary);
            for (Exchange e : duringOutage) {
                assertEquals(503, e.status(), "refused while the database is away: " + e + "; " + summary);
                assertTrue(e.millis() < 1_000, "within a second: " + e + "; " + summary);
            }
            for (Exchange e : all.stream().filter(e -> e.what().equals("health")).toList()) {
                assertTrue(e.millis() < 1_000, "/health answers within a second: " + e + "; " + summary);
                if (e.sentAt() >= cutAt + 1_000 && e.sentAt() + e.millis() < restoredAt) {
                    assertEquals(503, e.status(), "/health is DOWN while the database is away: " + e);
                }
            }
            long firstSuccess = api.stream().filter(e -> e.sentAt() >= restoredAt && e.status() / 100 == 2)
                    .mapToLong(e -> e.sentAt() + e.millis()).min().orElse(Long.MAX_VALUE);
            assertTrue(firstSuccess - restoredAt <= 1_000, "served again within a second: " + summary);
            for (Exchange e : api.stream().filter(e -> e.sentAt() >= restoredAt + 1_000).toList()) {
                assertEquals(2, e.status() / 100, "and from then on: " + e + "; " + summary);
            }

            List<String> missing = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection(url, System.getProperty("org.db.user"),
                    System.getProperty("org.db.password", ""));
                 PreparedStatement query = connection.prepareStatement(
                         "SELECT name FROM orgkit_organization WHERE name LIKE ?")) {
                query.setString(1, prefix + "%");
                Set<String> stored = new java.util.HashSet<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        stored.add(rows.getString(1));
                    }
                }
                acknowledged.stream().filter(name -> !stored.contains(name)).forEach(missing::add);
            }
            assertTrue(acknowledged.size() > 10, summary);
            // A COMMIT cut by the outage has an unknown outcome: it must be answered with an error, never with 201.
            // (It once was, when a transaction held two connections and so committed in two phases over connections
            // that cannot prepare; TransactionEntityManagersTest guards the one connection.)
            assertTrue(missing.isEmpty(), "acknowledged but not stored: " + missing + " of " + acknowledged.size()
                    + " acknowledged; " + summary);
        }
    }

    private static Exchange exchange(ServerProcess server, String what, String method, String path, String token,
                                     String json, long start, ConcurrentLinkedQueue<Exchange> exchanges) {
        long sentAt = millisSince(start);
        long began = System.nanoTime();
        Exchange done;
        try {
            HttpResponse<String> answer = server.send(method, path, token, json);
            done = new Exchange(what, sentAt, millisSince(began), answer.statusCode(),
                    answer.headers().firstValue("Retry-After").isPresent());
        } catch (IOException e) {
            done = new Exchange(what, sentAt, millisSince(began), -1, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = new Exchange(what, sentAt, millisSince(began), -1, false);
        }
        exchanges.add(done);
        return done;
    }

    private static String summary(List<Exchange> all, long cutAt, long restoredAt) {
        StringBuilder text = new StringBuilder("cut at " + cutAt + " ms, restored at " + restoredAt + " ms;");
        for (String what : List.of("read", "write", "health")) {
            List<Exchange> of = all.stream().filter(e -> e.what().equals(what)).toList();
            List<Exchange> outage = of.stream().filter(e -> e.sentAt() >= cutAt && e.sentAt() < restoredAt).toList();
            text.append(String.format(" %s: %d, during the outage %d (statuses %s, slowest %d ms), slowest overall %d ms;",
                    what, of.size(), outage.size(),
                    outage.stream().collect(java.util.stream.Collectors.groupingBy(Exchange::status,
                            java.util.TreeMap::new, java.util.stream.Collectors.counting())),
                    outage.stream().mapToLong(Exchange::millis).max().orElse(0),
                    of.stream().mapToLong(Exchange::millis).max().orElse(0)));
        }
        long firstSuccess = all.stream().filter(e -> !e.what().equals("health") && e.sentAt() >= restoredAt
                        && e.status() / 100 == 2).mapToLong(e -> e.sentAt() + e.millis()).min().orElse(-1);
        text.append(" first success after the restore: ").append(firstSuccess < 0 ? "none" : (firstSuccess - restoredAt)
                + " ms; the first API exchanges after it: ").append(all.stream()
                .filter(e -> !e.what().equals("health") && e.sentAt() >= restoredAt)
                .sorted(java.util.Comparator.comparingLong(Exchange::sentAt)).limit(6)
                .map(e -> "+" + (e.sentAt() - restoredAt) + " ms " + e.status() + " in " + e.millis() + " ms").toList());
        return text.toString();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
