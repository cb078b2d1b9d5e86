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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The same sample WAR on WildFly 39 (the distribution from Maven Central, {@code standalone-microprofile.xml}) against
 * MariaDB. RESTEasy enforces no {@code @RolesAllowed} unless told to: every gate is the module's. Configured as an
 * administrator would with the CLI: the JDBC driver as a module, a data source bound at {@code java:/orgkit} (which the
 * persistence unit's {@code jta-data-source orgkit} names), the mail subsystem (the microprofile configuration lacks
 * it, and with it Jakarta Mail), and {@code integrated-jaspi=false} so that the adapter's Jakarta Security mechanism
 * may name the caller. {@code -Dorgkit.wildfly.skip=true} leaves it out.
 */
@DisabledIfSystemProperty(named = "orgkit.wildfly.skip", matches = "true")
class WildFlyTest extends RuntimeStoryTest {
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private Process wildfly;
    private int offset;
    private Path log;

    @Override
    URI start(Path war, Map<String, String> settings) throws Exception {
        Path home = Path.of(System.getProperty("orgkit.wildfly.home"));
        Path runtimes = Path.of(System.getProperty("orgkit.runtimes"));
        Path work = war.getParent();
        // A server of its own: a copy of the unpacked distribution's standalone directory.
        Path base = work.resolve("standalone");
        deleteTree(base);
        deleteTree(work.resolve("modules"));
        Files.createDirectories(work.resolve("modules"));
        copyTree(home.resolve("standalone"), base);
        offset = freeOffset();
        Path cli = Files.writeString(work.resolve("configure.cli"), String.join("\n",
                "embed-server --server-config=standalone-microprofile.xml --std-out=discard",
                "module add --name=org.mariadb.jdbc --resources=" + runtimes.resolve("mariadb-java-client.jar")
                        + " --dependencies=java.sql,java.naming,jakarta.transaction.api"
                        + " --module-root-dir=" + work.resolve("modules"),
                "/subsystem=datasources/jdbc-driver=mariadb:add(driver-name=mariadb,driver-module-name=org.mariadb.jdbc,"
                        + "driver-class-name=org.mariadb.jdbc.Driver)",
                // The microprofile configuration has no mail subsystem, and without it no Jakarta Mail for deployments.
                "/extension=org.jboss.as.mail:add",
                "/subsystem=mail:add",
                // Jakarta Security mechanisms create their identities themselves, outside the domain's realm.
                "/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,"
                        + "value=false)",
                "data-source add --name=orgkit --jndi-name=java:/orgkit --driver-name=mariadb "
                        + "--transaction-isolation=TRANSACTION_READ_COMMITTED --connection-url="
                        + databaseUrl() + " --user-name=root --password=",
                "stop-embedded-server", ""));
        run(home, work, List.of(home.resolve("bin/jboss-cli.sh").toString(), "-Djboss.server.base.dir=" + base,
                "--file=" + cli), "configure.log");
        Files.copy(war, base.resolve("deployments/orgkit.war"));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", "standalone-microprofile.xml",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        log = work.resolve("wildfly.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JBOSS_MODULEPATH", home.resolve("modules") + ":" + work.resolve("modules"));
        wildfly = builder.start();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!wildfly.isAlive()) {
                throw new IllegalStateException("WildFly stopped; see " + log);
            }
            String output = Files.readString(log);
            if (output.contains("WFLYSRV0025") || output.contains("WFLYSRV0026")) {
                // WFLYSRV0026: started with errors (a deployment that failed is still reported deployed, then stopped).
                if (output.contains("WFLYSRV0026") || !output.contains("Deployed \"orgkit.war\"")) {
                    throw new IllegalStateException("The sample WAR did not deploy; see " + log);
                }
                return URI.create(serverUrl() + "orgkit/");
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("WildFly did not start within " + START_LIMIT + "; see " + log);
    }

    @Override
    void stop() {
        if (wildfly == null) {
            return;
        }
        // standalone.sh runs the server as a child process.
        wildfly.descendants().forEach(ProcessHandle::destroy);
        wildfly.destroy();
        try {
            if (!wildfly.waitFor(30, TimeUnit.SECONDS)) {
                wildfly.descendants().forEach(ProcessHandle::destroyForcibly);
                wildfly.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        return "http://127.0.0.1:" + (8080 + offset) + "/";
    }

    @Override
    String healthUrl() {
        return "http://127.0.0.1:" + (9990 + offset) + "/health";
    }

    @Override
    boolean runtimeAuthenticates() {
        return true;
    }

    @Override
    String openApiPrefix() {
        return "/orgkit";
    }

    private static void run(Path home, Path work, List<String> command, String logName)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(logName).toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed; see " + work.resolve(logName));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    // The server's ports are its defaults shifted by one offset: find one under which the ones used are free.
    private static int freeOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(20000, 40000);
            if (free(8080 + candidate) && free(9990 + candidate) && free(8443 + candidate)
                    && free(9993 + candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free ports for WildFly");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
