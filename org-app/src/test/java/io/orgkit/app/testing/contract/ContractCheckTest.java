package io.orgkit.app.testing.contract;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract check can fail: a real answer of the server passes it, and the same answer made wrong in each way the
 * document forbids (an undocumented status, a missing or mistyped field, a null where none is allowed, another content
 * type, an undocumented header, a problem that is not problem+json) breaks it; a request the document forbids breaks
 * it when the server accepted it. A server that answers wrongly fails the test that called it.
 */
@HttpOnly
@SharedServer
class ContractCheckTest {
    private static final HttpClient PLAIN = HttpClient.newHttpClient();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    Exchange real;
    OpenApiContract contract;

    @BeforeEach
    void readOneOrganization() throws Exception {
        Fixtures.Member member = fixtures.memberWithSession(fixtures.organization(), "Viewer");
        URI me = URI.create(target.getUri().toString().replaceAll("/$", "") + "/api/organizations/me");
        HttpRequest request = HttpRequest.newBuilder(me).header("Authorization", "Bearer " + member.token())
                .header("Accept", "application/json").build();
        HttpResponse<String> response = PLAIN.send(request, HttpResponse.BodyHandlers.ofString());
        real = new Exchange("GET", me, request.headers().map(), null, response.statusCode(), response.headers().map(),
                response.body());
        contract = OpenApiContract.servedBy(me);
    }

    @Test
    void theServersRealAnswerPasses() {
        assertEquals(200, real.status());
        assertEquals(List.of(), contract.violations(real));
    }

    @Test
    void anUndocumentedStatusBreaksIt() {
        assertBreaks(real.withResponse(418, real.responseHeaders(), real.responseBody()), "status.unknown");
    }

    @Test
    void aMissingFieldBreaksIt() {
        assertBreaks(withBody(json().remove("timezone")), "timezone");
    }

    @Test
    void aNullWhereNoneIsAllowedBreaksIt() {
        assertBreaks(withBody(json().addNull("name")), "name");
        assertEquals(List.of(), contract.violations(withBody(json().addNull("logo"))), "logo may be null");
    }

    @Test
    void aMistypedFieldBreaksIt() {
        assertBreaks(withBody(json().add("createdAt", 17)), "createdAt");
    }

    @Test
    void anotherContentTypeBreaksIt() {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(real.responseHeaders());
        headers.put("Content-Type", List.of("text/html"));
        assertBreaks(real.withResponse(200, headers, real.responseBody()), "contentType");
    }

    @Test
    void anUndocumentedHeaderBreaksIt() {
        Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(real.responseHeaders());
        headers.put("Location", List.of("/api/organizations/elsewhere"));
        assertBreaks(real.withResponse(200, headers, real.responseBody()), "Location");
    }

    @Test
    void aProblemThatIsNotProblemJsonBreaksIt() {
        assertBreaks(real.withResponse(401, Map.of("Content-Type", List.of("text/plain"),
                "WWW-Authenticate", List.of("Bearer")), "go away"), "application/problem+json");
    }

    @Test
    void anAcceptedRequestTheDocumentForbidsBreaksIt() {
        URI roles = real.uri().resolve("/api/organizations/roles");
        Exchange created = new Exchange("POST", roles, Map.of("Content-Type", List.of("application/json"),
                "Authorization", List.of("Bearer orgs_x")), "{\"permissions\":[]}", 201,
                Map.of("Content-Type", List.of("application/json"), "Location", List.of(roles + "/x")),
                "{\"id\":\"x\",\"name\":\"x\",\"description\":null,\"permissions\":[],\"system\":false,"
                        + "\"shadowsSystemRole\":false}");
        assertBreaks(created, "request");
        assertEquals(List.of(), contract.violations(created, true), "unless it is sent outside the document on purpose");
    }

    @Test
    void aServerAnsweringWronglyFailsTheCallThatMetIt() throws IOException {
        // A stand-in server with the real document and a wrong answer: an organization without its fields.
        String document = target.path("/openapi").request("application/json").get(String.class);
        HttpServer wrong = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        wrong.createContext("/", exchange -> {
            boolean isDocument = exchange.getRequestURI().getPath().equals("/openapi");
            byte[] body = (isDocument ? document : "{\"id\":\"only-an-id\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        wrong.start();
        Client client = ClientBuilder.newClient();
        try {
            ProcessingException failed = assertThrows(ProcessingException.class, () -> client
                    .target("http://127.0.0.1:" + wrong.getAddress().getPort() + "/api/organizations/me")
                    .request("application/json").header("Authorization", "Bearer orgk_x").get(String.class));
            AssertionError violation = assertInstanceOf(AssertionError.class, failed.getCause());
            assertTrue(violation.getMessage().contains("required"), violation.getMessage());
        } finally {
            client.close();
            wrong.stop(0);
            assertEquals(1, ContractCheck.drain().size(), "the violation was also kept for the test's end");
        }
    }

    private void assertBreaks(Exchange exchange, String mentioned) {
        List<String> violations = contract.violations(exchange);
        assertTrue(!violations.isEmpty(), "the check let a wrong exchange pass: " + exchange);
        assertTrue(violations.stream().anyMatch(v -> v.contains(mentioned)), violations.toString());
    }

    private jakarta.json.JsonObjectBuilder json() {
        try (var reader = Json.createReader(new StringReader(real.responseBody()))) {
            return Json.createObjectBuilder(reader.readObject());
        }
    }

    private Exchange withBody(jakarta.json.JsonObjectBuilder body) {
        JsonObject built = body.build();
        return real.withResponse(real.status(), real.responseHeaders(), built.toString());
    }
}
