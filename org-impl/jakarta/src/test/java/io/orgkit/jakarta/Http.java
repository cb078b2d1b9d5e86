package io.orgkit.jakarta;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * A plain HTTP client for the story, as any client of the API would be: JSON bodies, bearer credentials, and a
 * chosen local address, so that requests can come from distinct clients on the loopback network.
 */
final class Http {
    private final URI base;
    private final HttpClient client;

    Http(URI base) {
        this(base, null);
    }

    Http(URI base, InetAddress localAddress) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.client = builder.build();
    }

    /**
     * An answer.
     *
     * @param status  the status code
     * @param headers the headers
     * @param body    the body
     */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer get(String path, String credential) {
        return send("GET", path, credential, null, Map.of());
    }

    Answer get(String path, String credential, Map<String, String> headers) {
        return send("GET", path, credential, null, headers);
    }

    Answer post(String path, String credential, JsonObject body) {
        return send("POST", path, credential, body, Map.of());
    }

    Answer patch(String path, String credential, JsonObject body) {
        return send("PATCH", path, credential, body, Map.of());
    }

    Answer delete(String path, String credential) {
        return send("DELETE", path, credential, null, Map.of());
    }

    Answer send(String method, String path, String credential, JsonObject body, Map<String, String> headers) {
        URI uri = path.isEmpty() ? base : base.resolve(path.startsWith("/") ? path.substring(1) : path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (credential != null) {
            request.header("Authorization", "Bearer " + credential);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject obj(Object... keysAndValues) {
        var builder = Json.createObjectBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            builder.add((String) keysAndValues[i], String.valueOf(keysAndValues[i + 1]));
        }
        return builder.build();
    }
}
