package io.orgkit.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.PatchClient;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.contract.CheckedHttpClient;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a fuzzer found, answered as the API promises: a 400 problem, never a 500, nothing stored. JSON nested past any
 * sensible depth or holding a number of a thousand digits, bytes that are not UTF-8, an escaped lone surrogate, a
 * path whose percent-encoding is broken; and a {@code HEAD}, which answers the {@code GET}'s headers.
 */
@HttpOnly
@SharedServer
class HostileInputTest {
    private static final HttpClient HTTP = CheckedHttpClient.create();

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;
    PatchClient patches;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        patches = new PatchClient(target);
    }

    @Test
    void deeplyNestedJsonIsA400OnEveryOrganizationBody() {
        String root = organizations.superAdminSession();
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String org = fixtures.organization();
        for (int depth : new int[] {33, 1_001, 10_000}) {
            String nested = "{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            String nestedObjects = "{\"name\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}";
            for (String body : new String[] {nested, nestedObjects}) {
                assertProblem400(api.post("/api/organizations", root, body), "POST, depth " + depth);
                assertProblem400(patches.patch("/api/organizations/me", admin.token(), body), "PATCH me, depth " + depth);
                assertProblem400(patches.patch("/api/organizations/" + org, root, body), "PATCH id, depth " + depth);
            }
        }
    }

    @Test
    void aNumberOfAThousandDigitsIsA400OnEveryOrganizationBody() {
        String root = organizations.superAdminSession();
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String org = fixtures.organization();
        String digits = "9".repeat(1_100);
        for (String body : new String[] {"{\"name\":" + digits + "}", "{\"name\":\"n\",\"timezone\":" + digits + "}",
                "{\"name\":1e" + digits + "}", "{\"name\":0." + digits + "}"}) {
            assertProblem400(api.post("/api/organizations", root, body), "POST " + body.substring(0, 20));
            assertProblem400(patches.patch("/api/organizations/me", admin.token(), body), "PATCH me");
            assertProblem400(patches.patch("/api/organizations/" + org, root, body), "PATCH id");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreA400AndNothingIsStored() throws Exception {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String before = body(api.get("/api/organizations/me", admin.token())).getString("name");
        byte[] latin1 = "{\"name\":\"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        byte[] truncated = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'x', (byte) 0xE2, (byte) 0x82, '"', '}'};
        for (byte[] body : new byte[][] {latin1, truncated}) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri("/api/organizations/me"))
                    .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + admin.token()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode(), answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(null));
        }
        assertEquals(before, body(api.get("/api/organizations/me", admin.token())).getString("name"));
    }

    @Test
    void anEscapedLoneSurrogateIsA400AndNothingIsStored() {
        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        String before = body(api.get("/api/organizations/me", admin.token())).getString("name");
        for (String name : new String[] {"a\\uD800b", "a\\uDC00", "\\uD83D", "x\\uDE80\\uD83D"}) {
            PatchClient.Answer answer = patches.patch("/api/organizations/me", admin.token(),
                    "{\"name\":\"" + name + "\"}");
            assertEquals(400, answer.status(), name + ": " + answer.text());
            assertTrue(answer.text().contains("name"), answer.text());
        }
        assertEquals(before, body(api.get("/api/organizations/me", admin.token())).getString("name"));
        // A surrogate pair escaped as JSON allows is one character, and is kept.
        PatchClient.Answer rocket = patches.patch("/api/organizations/me", admin.token(), "{\"name\":\"\\uD83D\\uDE80\"}");
        assertEquals(200, rocket.status(), rocket.text());
        assertEquals("\uD83D\uDE80", rocket.json().getString("name"));
    }

    @Test
    void brokenPercentEncodingIsAProblemThatDoesNotEchoTheInput() throws IOException {
        String answer = raw("GET /api/organizations/%zz%3Cscript%3E HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertFalse(answer.contains("%zz") || answer.contains("<script>") || answer.contains("%3C"), answer);
    }

    @Test
    void headAnswersTheHeadersOfTheGetWithoutABody() {
        Member member = fixtures.memberWithSession(fixtures.organization(), "Viewer");
        Response get = api.get("/api/organizations/me", member.token());
        get.close();
        Response head = api.request("/api/organizations/me", member.token()).head();
        assertEquals(200, head.getStatus());
        for (String header : new String[] {"ETag", "Cache-Control", "Vary", "Content-Type"}) {
            assertEquals(get.getHeaderString(header), head.getHeaderString(header), header);
        }
        assertFalse(head.hasEntity() && !head.readEntity(String.class).isEmpty(), "HEAD sends no body");
        // Helidon 4.1's HTTP/1 writer declares Content-Length: 0 for every answer without body bytes, HEAD included
        // (docs/openapi.md, "Known limits"): a client must not take a HEAD's Content-Length for the GET's.
    }

    private static void assertProblem400(Response response, String what) {
        try (response) {
            assertEquals(400, response.getStatus(), what);
            assertEquals("application/problem+json", response.getMediaType().toString(), what);
        }
    }

    private static void assertProblem400(PatchClient.Answer answer, String what) {
        assertEquals(400, answer.status(), what + ": " + answer.text());
        assertEquals("application/problem+json", answer.header("Content-Type"), what);
        JsonObject problem = answer.json();
        assertEquals(400, problem.getInt("status"));
    }

    private URI uri(String path) {
        return URI.create(target.getUri().toString().replaceAll("/$", "") + path);
    }

    private String raw(String request) throws IOException {
        URI base = target.getUri();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
