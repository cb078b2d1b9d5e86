package io.orgkit.app.testing;

import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A thin HTTP client for tests: every call goes over the network to the running server, as a client's would.
 * A token starting with {@code orgs_} or {@code orgk_} is sent as {@code Authorization: Bearer}.
 */
public final class Api {
    private final WebTarget target;

    public Api(WebTarget target) {
        this.target = target;
    }

    public Invocation.Builder request(String path, String token) {
        String[] parts = path.split("\\?", 2);
        WebTarget t = target.path(parts[0]);
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                t = t.queryParam(kv[0], kv.length == 2 ? kv[1] : "");
            }
        }
        Invocation.Builder builder = t.request(MediaType.APPLICATION_JSON_TYPE, new MediaType("application", "problem+json"));
        if (token != null) {
            builder = builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public Response get(String path, String token) {
        return request(path, token).get();
    }

    public Response post(String path, String token, Object body) {
        return request(path, token).post(json(body));
    }

    /** A POST as sent from the given client address ({@code X-Forwarded-For}, trusted where a test turns that on). */
    public Response postFrom(String clientAddress, String path, String token, Object body) {
        return request(path, token).header("X-Forwarded-For", clientAddress).post(json(body));
    }

    public Response put(String path, String token, Object body) {
        return request(path, token).put(json(body));
    }

    public Response patch(String path, String token, Object body) {
        // HttpURLConnection knows no PATCH; Jersey's workaround sets it reflectively (surefire opens java.net for it).
        return request(path, token).property("jersey.config.client.httpUrlConnection.setMethodWorkaround", true)
                .method("PATCH", json(body));
    }

    public Response delete(String path, String token) {
        return request(path, token).delete();
    }

    private static Entity<?> json(Object body) {
        if (body == null) {
            return Entity.entity("", MediaType.APPLICATION_JSON_TYPE);
        }
        if (body instanceof String text) {
            return Entity.entity(text, MediaType.APPLICATION_JSON_TYPE);
        }
        return Entity.entity(body.toString(), MediaType.APPLICATION_JSON_TYPE);
    }

    /**
     * Builds a JSON object from alternating names and values; {@code null} values become JSON null.
     */
    public static JsonObject obj(Object... namesAndValues) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            Object value = namesAndValues[i + 1];
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof Integer n) {
                builder.add(name, n);
            } else if (value instanceof Long n) {
                builder.add(name, n);
            } else if (value instanceof JsonObject o) {
                builder.add(name, o);
            } else if (value instanceof jakarta.json.JsonArray a) {
                builder.add(name, a);
            } else if (value instanceof Iterable<?> items) {
                var array = Json.createArrayBuilder();
                items.forEach(item -> array.add(String.valueOf(item)));
                builder.add(name, array);
            } else {
                builder.add(name, String.valueOf(value));
            }
        }
        return builder.build();
    }

    /**
     * Reads a JSON object body (also from problem+json).
     */
    public static JsonObject body(Response response) {
        String text = response.readEntity(String.class);
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readObject();
        }
    }

    /** The status of a response whose body does not matter; the response is closed. */
    public static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    /**
     * The status of a response and, for an error, its problem detail: what a race test reports when an answer it did
     * not expect shows up once in many runs. The response is closed.
     */
    public static Outcome outcome(Response response) {
        try (response) {
            int status = response.getStatus();
            if (status < 400 || !response.hasEntity()) {
                return new Outcome(status, null);
            }
            String text = response.readEntity(String.class);
            try (var reader = Json.createReader(new java.io.StringReader(text))) {
                return new Outcome(status, reader.readObject().getString("detail", text));
            } catch (RuntimeException notJson) {
                return new Outcome(status, text);
            }
        }
    }

    /** A status with, for an error, what the problem said. */
    public record Outcome(int status, String detail) {
        public boolean is(int expected) {
            return status == expected;
        }

        @Override
        public String toString() {
            return detail == null ? String.valueOf(status) : status + " (" + detail + ")";
        }
    }

    public static Map<String, Object> headers(Response response) {
        return Map.copyOf(response.getHeaders());
    }
}
