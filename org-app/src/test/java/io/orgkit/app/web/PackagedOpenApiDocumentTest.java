package io.orgkit.app.web;

import java.io.IOException;
import java.nio.file.Files;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.HttpOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where the runtime does not scan the module's annotations (Payara does not look into {@code WEB-INF/lib}), the module
 * serves its packaged document, and it is the document a scanning runtime serves ({@link OpenApiSnapshotTest} compares
 * the scanned one with the same file). It found three tag descriptions that differed.
 */
@HttpOnly
@HelidonTest
@AddConfig(key = "mp.openapi.scan.disable", value = "true")
class PackagedOpenApiDocumentTest {
    @Inject
    WebTarget target;

    @Test
    void withoutScanningTheServedDocumentIsTheScannedOne() throws IOException {
        String served = target.path("/openapi").request(MediaType.APPLICATION_JSON).get(String.class);
        assertEquals(OpenApiSnapshotTest.read(Files.readString(OpenApiSnapshotTest.SNAPSHOT)),
                OpenApiSnapshotTest.moduleOnly(OpenApiSnapshotTest.read(served)));
    }
}
