package io.orgkit.app.testing.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * Checks every exchange of a JAX-RS client in the tests (the injected {@code WebTarget}s and any client a test builds)
 * against the served OpenAPI document. Installed on every client by {@link ContractCheckingFeature}.
 */
@ConstrainedTo(RuntimeType.CLIENT)
@Priority(Integer.MAX_VALUE)
public class ContractCheckingClientFilter implements ClientResponseFilter {
    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        byte[] body = response.hasEntity() ? response.getEntityStream().readAllBytes() : null;
        if (body != null) {
            response.setEntityStream(new ByteArrayInputStream(body));
        }
        Map<String, List<String>> requestHeaders = new HashMap<>(request.getStringHeaders());
        if (request.getMediaType() != null && !requestHeaders.containsKey("Content-Type")) {
            requestHeaders.put("Content-Type", List.of(request.getMediaType().toString()));
        }
        ContractCheck.check(new Exchange(request.getMethod(), request.getUri(), requestHeaders,
                requestBody(request.getEntity()), response.getStatus(), response.getHeaders(),
                body == null ? null : new String(body, StandardCharsets.UTF_8)));
    }

    private static String requestBody(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String || entity instanceof JsonValue) {
            return entity.toString();
        }
        if (entity instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        // A stream (a test's oversized or chunked body) cannot be read twice: its request goes unchecked, its answer
        // is checked all the same.
        return null;
    }
}
