package io.orgkit.impl.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * The module's own OpenAPI document, packaged with it ({@value #RESOURCE}: the document the module serves where its
 * annotations are scanned, which a test keeps equal to the served one). A runtime that scans only the application's
 * own classes (Payara does not look into {@code WEB-INF/lib}) would otherwise serve none of the module's operations,
 * schemas or security schemes: whatever of them the runtime's document lacks is added from here.
 */
final class ModuleDocument {
    /** Where the document is packaged. */
    static final String RESOURCE = "META-INF/orgkit/orgkit.json";

    private static final Logger LOG = Logger.getLogger(ModuleDocument.class.getName());
    private static final String MODULE_PACKAGE = "io.orgkit.impl.";

    private ModuleDocument() {
    }

    /**
     * @param openAPI the runtime's document, completed in place
     */
    static void addMissing(OpenAPI openAPI) {
        Map<String, ?> own = openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null ? Map.of()
                : openAPI.getPaths().getPathItems();
        // A runtime that scanned the module has its operations, perhaps behind the context root (WildFly), and if it
        // also read the module's static document (META-INF/openapi.yaml: the problem schema, the security schemes),
        // it needs nothing from here, and the packaged document is not even read.
        boolean scanned = EndpointCatalog.endpoints().stream()
                .anyMatch(endpoint -> endpoint.resource().getName().startsWith(MODULE_PACKAGE)
                        && scanned(own, endpoint.path()));
        if (scanned && hasStaticParts(openAPI)) {
            return;
        }
        OpenAPI module = load();
        if (module == null) {
            return;
        }
        scanned = scanned || module.getPaths().getPathItems().keySet().stream().anyMatch(path -> scanned(own, path));
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(module.getInfo());
        }
        if (openAPI.getPaths() == null) {
            openAPI.setPaths(OASFactory.createPaths());
        }
        if (!scanned) {
            module.getPaths().getPathItems().forEach((path, item) -> {
                if (!openAPI.getPaths().hasPathItem(path)) {
                    openAPI.getPaths().addPathItem(path, item);
                }
            });
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addMissing(module.getComponents().getSchemas(), openAPI.getComponents().getSchemas(),
                (name, schema) -> openAPI.getComponents().addSchema(name, schema));
        addMissing(module.getComponents().getSecuritySchemes(), openAPI.getComponents().getSecuritySchemes(),
                (name, scheme) -> openAPI.getComponents().addSecurityScheme(name, scheme));
        if (module.getTags() != null) {
            for (Tag tag : module.getTags()) {
                if (openAPI.getTags() == null
                        || openAPI.getTags().stream().noneMatch(existing -> tag.getName().equals(existing.getName()))) {
                    openAPI.addTag(tag);
                }
            }
        }
    }

    private static boolean hasStaticParts(OpenAPI openAPI) {
        return openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem")
                && openAPI.getComponents().getSecuritySchemes() != null
                && openAPI.getComponents().getSecuritySchemes().containsKey("sessionBearer");
    }

    private static boolean scanned(Map<String, ?> own, String modulePath) {
        return own.keySet().stream().anyMatch(path -> path.endsWith(modulePath));
    }

    private static <T> void addMissing(Map<String, T> from, Map<String, T> to,
                                       java.util.function.BiConsumer<String, T> add) {
        if (from == null) {
            return;
        }
        from.forEach((name, value) -> {
            if (to == null || !to.containsKey(name)) {
                add.accept(name, value);
            }
        });
    }

    // Read anew for each document the runtime builds (once, usually): the model objects become part of it.
    private static OpenAPI load() {
        try (InputStream in = ModuleDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warning(RESOURCE + " is missing from the module: its operations appear in the OpenAPI document "
                        + "only where the runtime scans the module's annotations");
                return null;
            }
            try (JsonReader reader = Json.createReader(in)) {
                return OpenApiDocumentReader.read(reader.readObject());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The module's OpenAPI document could not be read", e);
            return null;
        }
    }
}
