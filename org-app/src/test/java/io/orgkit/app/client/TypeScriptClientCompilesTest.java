package io.orgkit.app.client;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.orgkit.app.testing.HttpOnly;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The TypeScript client generated from the OpenAPI document (target/generated-ts-client) compiles with the TypeScript
 * compiler from the npm registry: the one the console's module (org-impl/ui) installs, pinned in its package-lock.json,
 * which the build runs before this module. Installing the client's own copy took a third of this test's time.
 * {@code --skipLibCheck} leaves TypeScript's own declaration files unchecked; every file of the client is checked.
 * It needs no server, so it runs once per build (in the H2 pass).
 */
@HttpOnly
class TypeScriptClientCompilesTest {
    private static final Path CLIENT = Path.of("target", "generated-ts-client");
    private static final Path COMPILER = Path.of("..", "org-impl", "ui", "node_modules", "typescript", "bin", "tsc");

    @Test
    void generatedTypeScriptClientCompiles() throws Exception {
        assertTrue(Files.isRegularFile(CLIENT.resolve("tsconfig.json")), "the build generates the client first");
        assertTrue(Files.isRegularFile(COMPILER), "the build installs org-impl/ui's TypeScript first: " + COMPILER);
        run(List.of("node", COMPILER.toAbsolutePath().toString(), "--noEmit", "--skipLibCheck", "-p", "tsconfig.json"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        File log = CLIENT.resolve("build.log").toFile();
        Process process = new ProcessBuilder(command).directory(CLIENT.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " timed out");
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + Files.readString(log.toPath()));
    }
}
