package io.orgkit.app.security;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.orgkit.app.testing.HttpOnly;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's two modes, each in a JVM of its own started as an operator would: {@code OrgServer} alone is
 * production, which refuses to start on development settings and names each; {@code OrgServer start-dev} runs the
 * development profile.
 */
@HttpOnly
class ProductionModeTest {

    // The audit: with org.mail.smtp.host unset or misspelled, the server quietly logged every email, live tokens
    // included, and marked them sent.
    @Test
    void productionRefusesToStartOnDevelopmentSettingsNamingEach() throws Exception {
        Path dir = workDir("production-refused");
        Process server = start(dir, freePort(), List.of(
                "-Dorg.mail.smtp.hots=mail.example.test", // misspelled: the host is unset
                "-Dorg.sessions.cookie-secure=false",
                "-Dorg.invitations.accept-url=http://app.example.test/join#token={token}"));
        assertTrue(server.waitFor(90, TimeUnit.SECONDS), "the server gave up starting");
        String log = Files.readString(dir.resolve("server.log"));
        assertNotEquals(0, server.exitValue(), log);
        assertTrue(log.contains("orgkit refuses to start in production mode"), log);
        assertTrue(log.contains("org.mail.smtp.host (ORG_MAIL_SMTP_HOST) is not set"), log);
        assertTrue(log.contains("org.sessions.cookie-secure (ORG_SESSIONS_COOKIE_SECURE) is false"), log);
        assertTrue(log.contains("org.invitations.accept-url (ORG_INVITATIONS_ACCEPT_URL) is not an https:// link"), log);
        assertFalse(log.contains("Flyway") && log.contains("Migrating"), "refused before touching the database");

    }

    // README's first command: the development profile starts with nothing set. (Production starting with production
    // settings is TwoNodeTest's second node.)
    @Test
    void startDevRunsTheDevelopmentProfileWithNothingSet() throws Exception {
        Path dir = workDir("start-dev");
        int port = freePort();
        Process server = start(dir, port, List.of(), "start-dev");
        try {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int status = 0;
            while (System.nanoTime() < deadline && server.isAlive() && status != 401) {
                try {
                    status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/auth/session")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            String log = Files.readString(dir.resolve("server.log"));
            assertEquals(401, status, log);
            assertTrue(log.contains("orgkit runs in development mode"), log);
            assertTrue(log.contains("log only (org.mail.log-only)"), log);
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Process start(Path dir, int port, List<String> settings, String... arguments) throws IOException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", classPath,
                "-Dserver.port=" + port, "-Dserver.host=127.0.0.1",
                "-Dorg.db.url=jdbc:h2:mem:production-mode;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));
        command.addAll(settings);
        command.add("io.orgkit.app.OrgServer");
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
    }

    private static Path workDir(String name) throws IOException {
        Path dir = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
