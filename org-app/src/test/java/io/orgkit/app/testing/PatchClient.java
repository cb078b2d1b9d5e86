package io.orgkit.app.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;

/**
 * Sends PATCH requests. The JAX-RS test client runs on {@code HttpURLConnection}, which refuses the PATCH method (and
 * Jersey's reflective work-around is closed off on current JDKs), so PATCH goes through {@link HttpClient} instead.
 */
public final class PatchClient {
    private static final HttpClient CLIENT = io.orgkit.app.testing.contract.CheckedHttpClient.create();
    private final URI base;

    public PatchClient(WebTarget target) {
        String uri = target.getUri().toString();
        this.base = URI.create(uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri);
    }

    /**
     * @param path    the path, starting with {@code /}
     * @param token   a session token or API key sent as a bearer token, or {@code null}
     * @param body    the JSON body (its {@code toString()}), or {@code null} for none
     * @param headers extra headers as alternating names and values
     * @return the answer
     */
    public Answer patch(String path, String token, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method("PATCH", body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param status  the HTTP status
     * @param headers the response headers
     * @param text    the body
     */
    public record Answer(int status, java.net.http.HttpHeaders headers, String text) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            }
        }
    }
}
