package io.orgkit.app.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Java client of the build is generated from {@code src/test/openapi/orgkit.json}; this keeps that file equal to
 * what the server serves (the module's {@code /api/} operations). After an API change, refresh it with
 * {@code mvn -B verify -Dtest=OpenApiSnapshotTest -Dorgkit.openapi.write-snapshot=true}.
 */
@HttpOnly
@SharedServer
class OpenApiSnapshotTest {
    static final Path SNAPSHOT = Path.of("src/test/openapi/orgkit.json");

    @Inject
    WebTarget target;

    @Test
    void servedDocumentIsTheSnapshotClientsAreGeneratedFrom() throws IOException {
        JsonObject served = moduleOnly(read(target.path("/openapi").request(MediaType.APPLICATION_JSON).get(String.class)));
        if (Boolean.getBoolean("orgkit.openapi.write-snapshot")) {
            StringWriter out = new StringWriter();
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
                writer.write(served);
            }
            Files.writeString(SNAPSHOT, out.toString().strip() + "\n");
        }
        assertEquals(read(Files.readString(SNAPSHOT)), served, "The served OpenAPI document changed: refresh "
                + SNAPSHOT + " with -Dtest=OpenApiSnapshotTest -Dorgkit.openapi.write-snapshot=true and review the diff");
    }

    static JsonObject moduleOnly(JsonObject document) {
        JsonObjectBuilder paths = Json.createObjectBuilder();
        document.getJsonObject("paths").forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                paths.add(path, item);
            }
        });
        return Json.createObjectBuilder(document).add("paths", paths).build();
    }

    static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
