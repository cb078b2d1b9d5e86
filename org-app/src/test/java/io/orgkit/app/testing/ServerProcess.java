package io.orgkit.app.testing;

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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The server in a JVM of its own, started as README starts it ({@code start-dev}, {@code -Xmx256m},
 * {@code -XX:+ExitOnOutOfMemoryError}) with the settings' defaults, for tests that must see the whole process: that it
 * survives, how much it answers, what it writes to its log. Started from the test's class path without the test
 * classes, whose settings would change the defaults under test. It has a Super Admin to log in with.
 */
public final class ServerProcess implements AutoCloseable {
    public static final String SUPER_ADMIN = "soak-root@orgkit.test";
    public static final String PASSWORD = "soak-root-password-1";

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param name     a name for its working directory and log under target/
     * @param dbUrl    its JDBC URL (user and password are the tests')
     * @param settings more {@code -D} settings
     * @return the server, ready
     */
    public static ServerProcess start(String name, String dbUrl, Map<String, String> settings)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Path workDir = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", classPath,
                "-Dserver.port=" + port,
                "-Dserver.host=127.0.0.1",
                "-Dorg.db.url=" + dbUrl,
                "-Dorg.db.user=" + System.getProperty("org.db.user"),
                "-Dorg.db.password=" + System.getProperty("org.db.password", ""),
                "-Dorg.bootstrap.superadmin.email=" + SUPER_ADMIN,
                "-Dorg.bootstrap.superadmin.password=" + PASSWORD));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("io.orgkit.app.OrgServer");
        command.add("start-dev");
        Path log = workDir.resolve("server.log");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ServerProcess server = new ServerProcess(process, port, log);
        server.awaitReady(Duration.ofSeconds(90));
        return server;
    }

    /**
     * A MariaDB database of its own for a server process, next to the tests' one, dropped and created empty: the
     * process bootstraps its own Super Admin and data, which must not change what the tests' server finds.
     *
     * @param testUrl the tests' JDBC URL
     * @param suffix  added to the database's name
     * @return the URL of the new database, with the same options
     */
    public static String freshMariaDb(String testUrl, String suffix) throws java.sql.SQLException {
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(.*)")
                .matcher(testUrl);
        if (!parts.matches()) {
            throw new IllegalArgumentException("Not a MariaDB URL with a database: " + testUrl);
        }
        String name = parts.group(2) + "_" + suffix;
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(parts.group(1),
                System.getProperty("org.db.user"), System.getProperty("org.db.password", ""));
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return parts.group(1) + name + parts.group(3);
    }

    public int port() {
        return port;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** @return the JVM's thread dump (its platform threads), as {@code jcmd Thread.print} writes it */
    public String threadDump() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return dump;
    }

    /** @return what the server wrote so far */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** @return a Super Admin's session token */
    public String login() throws IOException, InterruptedException {
        HttpResponse<String> answer = sendRetrying("POST", "/api/auth/login", null,
                "{\"email\":\"" + SUPER_ADMIN + "\",\"password\":\"" + PASSWORD + "\"}");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Login failed: " + answer.statusCode() + " " + answer.body());
        }
        JsonObject body = Json.createReader(new java.io.StringReader(answer.body())).readObject();
        return body.getString("token");
    }

    /**
     * @return the answer, after up to 50 retries of a 503 (the server refuses while it is busy, and on a shared
     *         machine it may be busy with others' work); a request that gets no answer in 10 s fails
     */
    public HttpResponse<String> sendRetrying(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send(method, path, token, json);
        for (int retry = 0; retry < 50 && answer.statusCode() == 503; retry++) {
            Thread.sleep(100);
            answer = send(method, path, token, json);
        }
        return answer;
    }

    /**
     * @return the answer; a request that gets none in 10 s fails
     */
    public HttpResponse<String> send(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json").header("X-Requested-With", "test");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + ": " + log);
            }
            try {
                if (send("GET", "/health/ready", null, null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("The server did not become ready within " + timeout + ": " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
