package io.orgkit.jakarta;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the module's jars bring into a host's WAR: no class path or main class in their manifests (WildFly warns once
 * per Class-Path entry it cannot find), nothing of Helidon, and no Jakarta API of the runtime's.
 */
class LibraryJarsTest {

    @Test
    void theModulesJarsCarryNoClassPathAndNoHelidon() throws IOException {
        Path libraries = Path.of(System.getProperty("orgkit.sample.libraries"));
        for (String name : new String[] {"org-api.jar", "org-impl.jar"}) {
            try (JarFile jar = new JarFile(libraries.resolve(name).toFile())) {
                Manifest manifest = jar.getManifest();
                assertNull(manifest.getMainAttributes().getValue("Class-Path"), name + " has a Class-Path");
                assertNull(manifest.getMainAttributes().getValue("Main-Class"), name + " has a Main-Class");
                assertTrue(jar.stream().noneMatch(entry -> entry.getName().contains("helidon")),
                        name + " has Helidon entries");
            }
        }
        assertFalse(SampleWar.libraries().stream().anyMatch(jar -> jar.contains("helidon")),
                "a Helidon jar among the module's runtime dependencies: " + SampleWar.libraries());
        // The runtime provides the Jakarta APIs: a copy in WEB-INF/lib would stand beside its own.
        assertFalse(SampleWar.libraries().stream().anyMatch(jar -> jar.startsWith("jakarta.")),
                "a Jakarta API jar among the module's runtime dependencies: " + SampleWar.libraries());
    }
}
