package io.orgkit.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import io.helidon.microprofile.server.Server;

/**
 * The training run of the JDK's ahead-of-time cache (JEP 483, JEP 514): the build runs it under
 * {@code -XX:AOTCacheOutput=target/org-app.aot}, and the server started with {@code -XX:AOTCache=target/org-app.aot}
 * finds the classes this run loaded and linked already parsed and linked, which halves its start-up.
 *
 * <p>It starts the server on a fresh embedded database in a throw-away directory (so migrations are part of the
 * training), sends the requests a new server first answers, and stops. A JDK without the option simply does not get
 * this run (the build's profile needs JDK 25).
 */
public final class StartupTraining {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private StartupTraining() {
    }

    /**
     * @param args the working directory of the run (deleted and recreated), by default {@code target/aot-training}
     * @throws Exception if the server does not start or a request cannot be sent: the build then fails
     */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/aot-training").toAbsolutePath();
        deleteRecursively(work);
        Files.createDirectories(work);
        watchdog();
        System.setProperty("org.data-dir", work.toString());
        System.setProperty(OrgServer.PROFILE, OrgServer.DEVELOPMENT_PROFILE);
        System.setProperty("org.db.url", "jdbc:h2:file:" + work.resolve("orgkit")
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE");
        System.setProperty("org.db.user", "sa");
        System.setProperty("org.db.password", "");
        System.setProperty("server.host", "127.0.0.1");
        System.setProperty("server.port", "0"); // any free port: a developer's server may be running on 8080
        // The training runs inside a build, where the JIT and the build itself crowd the CPU: shedding requests that
        // waited 30 ms or would wait that long for a turn (the production defaults) would refuse the very requests it
        // trains on.
        System.setProperty("org.http.max-wait", "PT30S");
        System.setProperty("org.http.max-turn-wait", "PT30S");
        OrgServer.keepTransactionLogIn(work.toString());
        Server server = Server.builder().build().start();
        try {
            exercise(URI.create("http://127.0.0.1:" + server.port()));
        } finally {
            server.stop();
        }
        // The JVM writes the cache as it exits; the mail dispatcher's and the pool's threads need not be waited for.
        System.exit(0);
    }

    private static void exercise(URI base) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            expect(client, HttpRequest.newBuilder(base.resolve("/api/auth/session")).GET().build(), 401);
            expect(client, HttpRequest.newBuilder(base.resolve("/api/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"nobody@training.invalid\",\"password\":\"not-a-password\"}"))
                    .build(), 401);
            expect(client, HttpRequest.newBuilder(base.resolve("/api/organizations/me"))
                    .header("Authorization", "Bearer orgs_training").GET().build(), 401);
            expect(client, HttpRequest.newBuilder(base.resolve("/health")).GET().build(), 200);
        }
    }

    private static void expect(HttpClient client, HttpRequest request, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ", expected " + status + ": " + response.body());
        }
    }

    // A training run that hangs must not hang the build.
    private static void watchdog() {
        Thread.ofPlatform().daemon().name("startup-training-watchdog").start(() -> {
            try {
                Thread.sleep(LIMIT);
                System.err.println("Startup training did not finish within " + LIMIT + "; giving up");
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
