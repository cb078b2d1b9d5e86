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
import java.util.stream.Collectors;

/**
 * A second server node in its own JVM, on the same database as the test's own server: what a load balancer would see
 * behind it. It runs in production mode, as an operator would start it (SMTP, an https:// accept link, Secure
 * cookies), which shows that production starts with production settings. Started from the test's class path without the test classes (the test settings would pin its port).
 */
public final class SecondNode implements AutoCloseable {
    private static final List<String> SHARED_TEST_SETTINGS = List.of("org.http.max-wait", "org.http.max-turn-wait",
            "server.connection-options.tcp-no-delay");

    private final Process process;
    private final int port;

    private SecondNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a node on the database the tests use and waits until it is ready.
     *
     * @param name a name for its working directory and log under target/
     * @return the running node
     */
    public static SecondNode start(String name) throws IOException, InterruptedException {
        return start(name, new String[0]);
    }

    /**
     * Starts a node with settings of its own on top, as {@code -Dkey=value} arguments.
     *
     * @param name     a name for its working directory and log under target/
     * @param settings {@code key=value} pairs
     * @return the running node
     */
    public static SecondNode start(String name, String... settings) throws IOException, InterruptedException {
        SecondNode node = launch(name, settings);
        node.awaitReady();
        return node;
    }

    /**
     * Starts a node as {@link #start(String, String...)} does without waiting for it: its JVM starts while the caller
     * goes on (a test's own server starting meanwhile). Call {@link #awaitReady()} before using it.
     *
     * @param name     a name for its working directory and log under target/
     * @param settings {@code key=value} pairs
     * @return the starting node
     */
    public static SecondNode launch(String name, String... settings) throws IOException {
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
                "-Xmx256m",
                // As the test JVM (org-app's pom): Serial GC; and C1 only, since a node serves a few dozen requests
                // while it and the test's own server start on the same two cores.
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath,
                "-Dserver.port=" + port,
                "-Dserver.host=127.0.0.1",
                "-Dorg.db.url=" + System.getProperty("org.db.url"),
                "-Dorg.db.user=" + System.getProperty("org.db.user"),
                "-Dorg.db.password=" + System.getProperty("org.db.password", "")));
        System.getProperties().stringPropertyNames().stream()
                .filter(key -> key.startsWith("org.mail.") || key.startsWith("org.invitations."))
                .forEach(key -> command.add("-D" + key + "=" + System.getProperty(key)));
        // A production node (no profile): it starts only with production settings.
        command.add("-Dorg.invitations.accept-url=https://app.example.test/accept#token={token}");
        // The test server's admission wait and socket option, read from its settings file (which is not on the node's
        // class path): with the production 30 ms wait, a freshly started JVM on a shared 2-core machine refused test
        // requests with 503 (a CI run of TwoNodeTest did). Settings given below override them.
        for (String key : SHARED_TEST_SETTINGS) {
            command.add("-D" + key + "=" + TestSettings.get(key));
        }
        for (String setting : settings) {
            command.add("-D" + setting);
        }
        command.add("io.orgkit.app.OrgServer");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("node.log").toFile())
                .start();
        return new SecondNode(process, port);
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** Waits until the node answers ready (at most 90 s; then it is stopped and this fails). */
    public void awaitReady() throws InterruptedException, IOException {
        awaitReady(Duration.ofSeconds(90));
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second node exited with " + process.exitValue() + "; see its node.log");
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUri() + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("The second node did not become ready within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
