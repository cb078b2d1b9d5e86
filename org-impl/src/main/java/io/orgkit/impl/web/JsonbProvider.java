package io.orgkit.impl.web;

import jakarta.enterprise.context.Dependent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the contract wants it: unknown fields are refused rather than silently ignored, and {@code null} values are
 * written (so {@code "nextCursor": null} and {@code "logo": null} are explicit).
 */
@Provider
// Dependent, not a proxied scope: JAX-RS reads the ContextResolver<Jsonb> type argument off the class.
@Dependent
public class JsonbProvider implements ContextResolver<Jsonb> {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(true)
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
