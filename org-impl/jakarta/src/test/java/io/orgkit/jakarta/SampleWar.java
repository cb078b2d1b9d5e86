package io.orgkit.jakarta;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The sample host application as a WAR, built from what the build laid out: the module and its libraries
 * ({@code WEB-INF/lib}, copied by the dependency plugin), this adapter packaged as a jar (its web fragment is read
 * only from a jar), the sample's own classes ({@code io.orgkit.sample}) and {@code src/test/webapp}. No JDBC driver:
 * the runtime's data source brings its own.
 */
final class SampleWar {
    private SampleWar() {
    }

    /**
     * @param war where to write it
     * @return the WAR
     * @throws IOException if a part is missing
     */
    static Path build(Path war) throws IOException {
        Path libraries = Path.of(System.getProperty("orgkit.sample.libraries"));
        Path adapter = Path.of(System.getProperty("orgkit.sample.adapter-classes"));
        Path webapp = Path.of(System.getProperty("orgkit.sample.webapp"));
        Path sampleClasses = Path.of(SampleWar.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Files.createDirectories(war.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            addTree(zip, webapp, "");
            try (Stream<Path> jars = Files.list(libraries)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    zip.putNextEntry(new ZipEntry("WEB-INF/lib/" + jar.getFileName()));
                    Files.copy(jar, zip);
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("WEB-INF/lib/org-impl-jakarta.jar"));
            jar(adapter, zip);
            zip.closeEntry();
            addTree(zip, sampleClasses.resolve("io/orgkit/sample"), "WEB-INF/classes/io/orgkit/sample/");
        }
        return war;
    }

    private static void addTree(ZipOutputStream zip, Path root, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(prefix + root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static void jar(Path classes, OutputStream out) throws IOException {
        ZipOutputStream jar = new ZipOutputStream(out);
        addTree(jar, classes, "");
        jar.finish();
    }

    /** @return the libraries the WAR carries, by file name */
    static List<String> libraries() throws IOException {
        try (Stream<Path> jars = Files.list(Path.of(System.getProperty("orgkit.sample.libraries")))) {
            return jars.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
