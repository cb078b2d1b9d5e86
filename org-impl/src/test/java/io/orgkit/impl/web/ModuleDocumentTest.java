package io.orgkit.impl.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;

import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module's packaged OpenAPI document reads into the MicroProfile model whole (a real implementation, SmallRye's,
 * writes it back unchanged), and completes a runtime's document that lacks the module's operations without touching
 * what the runtime found itself.
 */
class ModuleDocumentTest {

    @Test
    void thePackagedDocumentReadsBackWhole() throws IOException {
        JsonObject packaged = packaged();

        OpenAPI model = OpenApiDocumentReader.readStrictly(packaged);

        assertEquals(packaged, json(OpenApiSerializer.serialize(model, Format.JSON)));
    }

    @Test
    void aDocumentWithoutTheModulesOperationsGetsThemWithTheirSchemasAndSecuritySchemes() throws IOException {
        OpenAPI runtime = OASFactory.createOpenAPI().openapi("3.0.3")
                .paths(OASFactory.createPaths().addPathItem("/host/own", OASFactory.createPathItem()));

        ModuleDocument.addMissing(runtime);

        JsonObject packaged = packaged();
        assertEquals(packaged.getJsonObject("paths").size() + 1, runtime.getPaths().getPathItems().size());
        assertTrue(runtime.getPaths().hasPathItem("/api/organizations/me"));
        assertTrue(runtime.getPaths().hasPathItem("/host/own"));
        assertEquals(packaged.getJsonObject("components").getJsonObject("schemas").keySet(),
                runtime.getComponents().getSchemas().keySet());
        assertEquals(packaged.getJsonObject("components").getJsonObject("securitySchemes").keySet(),
                runtime.getComponents().getSecuritySchemes().keySet());
        assertEquals(packaged.getJsonObject("info").getString("title"), runtime.getInfo().getTitle(),
                "a document without info takes the module's");
    }

    @Test
    void whatTheRuntimeFoundItselfStays() {
        PathItem scanned = OASFactory.createPathItem().description("found by the runtime");
        OpenAPI runtime = OASFactory.createOpenAPI()
                .info(OASFactory.createInfo().title("Host").version("1"))
                .paths(OASFactory.createPaths().addPathItem("/api/organizations/me", scanned));

        ModuleDocument.addMissing(runtime);

        assertSame(scanned, runtime.getPaths().getPathItem("/api/organizations/me"));
        assertEquals("Host", runtime.getInfo().getTitle());
    }

    @Test
    void aRuntimeThatScannedTheModuleBehindItsContextRootGetsNoSecondCopy() {
        OpenAPI runtime = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths().addPathItem("/app/api/organizations/me", OASFactory.createPathItem()));

        ModuleDocument.addMissing(runtime);

        assertEquals(1, runtime.getPaths().getPathItems().size());
        assertTrue(runtime.getComponents().getSchemas().containsKey("Problem"),
                "what the module's static document declares is added where the runtime did not read it");
    }

    private static JsonObject packaged() throws IOException {
        try (InputStream in = ModuleDocument.class.getClassLoader().getResourceAsStream(ModuleDocument.RESOURCE)) {
            return Json.createReader(in).readObject();
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
