package io.orgkit.app.web;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a client gets when it sends something wrong: always an RFC 9457 problem with the right status, never a stack
 * trace, a class name or SQL.
 */
@HttpOnly
@SharedServer
class ProblemDetailsTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(api.post("/api/auth/login", null, "{\"email\": "), 400);
        assertProblem(api.post("/api/auth/login", null, "[1,2,3]"), 400);
        assertProblem(api.post("/api/auth/login", null, "not json at all"), 400);
    }

    @Test
    void wrongTypeIs400() {
        assertProblem(api.post("/api/auth/login", null, "{\"email\": {\"nested\": true}, \"password\": \"x\"}"), 400);
        String token = fixtures.login(fixtures.user(), null);
        assertProblem(api.put("/api/auth/session/organization", token, "{\"organizationId\": [1]}"), 400);
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() {
        JsonObject problem = assertProblem(api.post("/api/auth/login", null,
                obj("email", "a@example.test", "password", "x", "superAdmin", true)), 400);
        assertTrue(problem.getString("detail").contains("superAdmin"), problem.toString());
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405WithAllow() {
        assertProblem(api.get("/api/no-such-thing", null), 404);
        assertProblem(api.get("/completely/else", null), 404);
        Response wrongMethod = api.delete("/api/auth/login", null);
        assertProblem(wrongMethod, 405);
        assertTrue(wrongMethod.getHeaderString("Allow").contains("POST"));
    }

    @Test
    void unsupportedMediaTypeIs415() {
        Response response = api.request("/api/auth/login", null).post(Entity.entity("email=a", MediaType.TEXT_PLAIN_TYPE));
        assertProblem(response, 415);
    }

    @Test
    void bodiesOver64KibAre413WhetherSizedOrChunked() {
        String big = "{\"email\":\"" + "a".repeat(70 * 1024) + "\",\"password\":\"x\"}";
        assertProblem(api.post("/api/auth/login", null, big), 413);

        InputStream chunked = new ByteArrayInputStream(big.getBytes());
        Response streamed = api.request("/api/auth/login", null)
                .post(Entity.entity(chunked, MediaType.APPLICATION_JSON_TYPE));
        assertProblem(streamed, 413);
    }

    @Test
    void justUnder64KibIsReadAndValidatedNormally() {
        String body = "{\"email\":\"" + "a".repeat(60 * 1024) + "\",\"password\":\"x\"}";
        JsonObject problem = assertProblem(api.post("/api/auth/login", null, body), 400);
        assertEquals("email", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static JsonObject assertProblem(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        String text = response.readEntity(String.class);
        for (String leak : new String[]{"Exception", "\tat ", "org.eclipse", "org.glassfish", "io.orgkit", "SQL", "jakarta."}) {
            assertFalse(text.contains(leak), "problem leaks '" + leak + "': " + text);
        }
        JsonObject problem;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            problem = reader.readObject();
        }
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.getString("type").startsWith("urn:orgkit:problem:"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        return problem;
    }
}
