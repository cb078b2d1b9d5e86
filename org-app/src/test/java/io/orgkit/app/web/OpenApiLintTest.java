package io.orgkit.app.web;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.orgkit.app.testing.HttpOnly;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document passes two independent linters from the npm registry with no errors: Spectral, with its own
 * OpenAPI rules ({@code spectral:oas}) and the OWASP API security ruleset, and Redocly with its recommended rules.
 * It lints {@code src/test/openapi/orgkit.json}, which {@link OpenApiSnapshotTest} keeps equal to the served document;
 * the rules switched off or narrowed are in {@code src/test/openapi/lint/spectral.yaml}, each explained in
 * docs/openapi.md. It needs no server, so it runs once per build.
 */
@HttpOnly
class OpenApiLintTest {
    private static final Path RULES = Path.of("src/test/openapi/lint");
    private static final Path DOCUMENT = Path.of("src/test/openapi/orgkit.json");
    private static final Path WORK = Path.of("target", "openapi-lint");

    @BeforeAll
    static void installLinters() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "spectral.yaml", "redocly.yaml")) {
            Files.copy(RULES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.copy(DOCUMENT, WORK.resolve("orgkit.json"), StandardCopyOption.REPLACE_EXISTING);
        Run install = run("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error");
        assertEquals(0, install.exit(), "npm install failed:\n" + install.output());
    }

    @Test
    void spectralFindsNoErrorWithItsOpenApiRulesAndOwasps() throws Exception {
        Run spectral = spectral("orgkit.json");
        assertEquals(0, spectral.exit(), "Spectral found errors:\n" + spectral.output());
    }

    @Test
    void redoclyFindsNoErrorWithItsRecommendedRules() throws Exception {
        Run redocly = run("npx", "--no-install", "redocly", "lint", "--config", "redocly.yaml", "orgkit.json");
        assertEquals(0, redocly.exit(), "Redocly found errors:\n" + redocly.output());
    }

    @Test
    void spectralRefusesARequestStringOrArrayWithoutALimit() throws Exception {
        JsonObject document;
        try (var reader = Json.createReader(new StringReader(Files.readString(DOCUMENT)))) {
            document = reader.readObject();
        }
        // CreateRoleRequest.permissions without maxItems, its names without maxLength: what the narrowed OWASP rules
        // exist to catch.
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject role = schemas.getJsonObject("CreateRoleRequest");
        JsonObject permissions = role.getJsonObject("properties").getJsonObject("permissions");
        JsonObject unlimited = Json.createObjectBuilder(permissions).remove("maxItems")
                .add("items", Json.createObjectBuilder().add("type", "string")).build();
        JsonObject broken = Json.createObjectBuilder(document).add("components", Json.createObjectBuilder(
                document.getJsonObject("components")).add("schemas", Json.createObjectBuilder(schemas)
                .add("CreateRoleRequest", Json.createObjectBuilder(role).add("properties",
                        Json.createObjectBuilder(role.getJsonObject("properties")).add("permissions", unlimited)))))
                .build();
        StringWriter text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write(broken);
        }
        Files.writeString(WORK.resolve("unlimited.json"), text.toString());

        Run spectral = spectral("unlimited.json");
        assertNotEquals(0, spectral.exit(), spectral.output());
        assertTrue(spectral.output().contains("orgkit-request-string-limit"), spectral.output());
        assertTrue(spectral.output().contains("orgkit-request-array-limit"), spectral.output());
    }

    private static Run spectral(String document) throws IOException, InterruptedException {
        return run("npx", "--no-install", "spectral", "lint", "--ruleset", "spectral.yaml", "--fail-severity=error",
                "--display-only-failures", "--format", "text", document);
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        File log = Files.createTempFile(WORK, "lint", ".log").toFile();
        Process process = new ProcessBuilder(command).directory(WORK.toFile())
                .redirectErrorStream(true).redirectOutput(log).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), String.join(" ", command) + " timed out");
        return new Run(process.exitValue(), Files.readString(log.toPath()));
    }

    private record Run(int exit, String output) {
    }
}
