package io.orgkit.jakarta;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The sample WAR on Payara Micro 7 (one jar from Maven Central, started as its own JVM) against MariaDB. The data
 * source is Payara's own JDBC resource named {@code orgkit}, created by post-boot commands as an administrator would;
 * the JDBC driver is added to the runtime, not to the WAR. {@code -Dorgkit.payara.skip=true} leaves it out.
 */
@DisabledIfSystemProperty(named = "orgkit.payara.skip", matches = "true")
class PayaraMicroTest extends RuntimeStoryTest {
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private Process payara;
    private int port;
    private Path log;

    @Override
    URI start(Path war, Map<String, String> settings) throws Exception {
        Path runtimes = Path.of(System.getProperty("orgkit.runtimes"));
        Path work = war.getParent();
        port = freePort();
        // A root directory left by an earlier run keeps that run's pool (another database, perhaps): start afresh.
        Path root = work.resolve("payara-root");
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        // Credentials in the URL: Payara's pool refuses a user property without a password.
        Path commands = Files.writeString(work.resolve("post-boot.asadmin"), String.join("\n",
                "create-jdbc-connection-pool --datasourceclassname org.mariadb.jdbc.MariaDbDataSource "
                        + "--isolationlevel read-committed "
                        + "--restype javax.sql.DataSource --property url=" + escape(databaseUrl() + "?user=root")
                        + " orgkit-pool",
                "create-jdbc-resource --connectionpoolid orgkit-pool orgkit", ""));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", runtimes.resolve("payara-micro.jar").toString(),
                "--nocluster", "--nohazelcast",
                "--port", String.valueOf(port), "--sslport", String.valueOf(freePort()),
                "--rootdir", root.toString(),
                "--postbootcommandfile", commands.toString(),
                "--addlibs", runtimes.resolve("mariadb-java-client.jar").toString(),
                "--deploy", war.toString(), "--contextroot", "orgkit"));
        log = work.resolve("payara.log");
        payara = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + log);
            }
            String output = Files.readString(log);
            if (output.contains("ready in")) {
                if (!output.contains("orgkit-sample was successfully deployed")) {
                    throw new IllegalStateException("The sample WAR did not deploy; see " + log);
                }
                return URI.create(serverUrl() + "orgkit/");
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Payara Micro did not start within " + START_LIMIT + "; see " + log);
    }

    @Override
    void stop() {
        if (payara != null) {
            payara.destroy();
            try {
                if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                payara.destroyForcibly();
            }
        }
    }

    @Override
    Path serverLog() {
        return log;
    }

    @Override
    String contextPath() {
        return "/orgkit/";
    }

    @Override
    String serverUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    @Override
    String healthUrl() {
        return serverUrl() + "health";
    }

    @Override
    boolean runtimeAuthenticates() {
        return true;
    }

    @Override
    String openApiPrefix() {
        return "";
    }

    // asadmin property values escape their separators.
    private static String escape(String value) {
        return value.replace(":", "\\:").replace("=", "\\=");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
