package io.orgkit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.orgkit.app.testing.HttpOnly;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command of the repository that starts the server starts a JVM that exits when it runs out of heap, instead of
 * living on with a dead listener (as the soak test starts its server, in ServerProcess).
 */
@HttpOnly
class StartCommandsTest {
    private static final String EXIT_ON_OOM = "-XX:+ExitOnOutOfMemoryError";

    @Test
    void readmeStartsTheServerSoThatItExitsWhenOutOfHeap() throws IOException {
        assertEveryStartExitsOnOutOfMemory(Path.of("..", "README.md"), "-jar org-app/target/org-app.jar");
    }

    @Test
    void theBenchmarkStartsTheServerSoThatItExitsWhenOutOfHeap() throws IOException {
        assertEveryStartExitsOnOutOfMemory(Path.of("..", "bench", "run.sh"), "-jar org-app/target/org-app.jar");
    }

    private static void assertEveryStartExitsOnOutOfMemory(Path file, String start) throws IOException {
        List<String> starts = Files.readAllLines(file).stream().filter(line -> line.contains(start)).toList();
        assertFalse(starts.isEmpty(), file + " starts the server");
        for (String line : starts) {
            assertTrue(line.contains(EXIT_ON_OOM), file + ": " + line);
        }
    }
}
