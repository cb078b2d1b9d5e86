package io.orgkit.app.security;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.helidon.microprofile.testing.junit5.AddConfig;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.HttpOnly;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server with Helidon's security switched off ({@code security.enabled=false}): the runtime enforces no
 * {@code @RolesAllowed} and knows no caller, yet every gate of the module holds, because the module enforces them
 * itself. And with no proxy header trusted, per-client limits count each client by the address it connects from.
 */
@HttpOnly
@HelidonTest
@AddConfig(key = "security.enabled", value = "false")
@AddConfig(key = "org.http.trust-forwarded-for", value = "false")
class WithoutRuntimeSecurityTest {
    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "patch", "delete");

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;

    @Test
    void theRuntimeEnforcesNoRolesOfItsOwn() throws Exception {
        Member member = fixtures.memberWithSession(fixtures.organization(), "Member");

        assertEquals(200, send("127.0.0.1", "GET", "/test-runtime-roles", member.token(), null).statusCode(),
                "a host's own @RolesAllowed endpoint lets a Member in: nothing in the runtime checks roles");
    }

    @Test
    void everySuperAdminOperationRefusesAnOrganizationAdmin() throws Exception {
        String organization = fixtures.organization();
        Member admin = fixtures.memberWithSession(organization, "Admin");
        long organizations = fixtures.count("SELECT COUNT(*) FROM orgkit_organization");
        JsonObject document = Json.createReader(new StringReader(target.path("/openapi")
                .request(MediaType.APPLICATION_JSON).get(String.class))).readObject();

        List<String> refused = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                if (!HTTP_METHODS.contains(operation.getKey())
                        || !operation.getValue().asJsonObject().getString("x-orgkit-gate", "").contains("Super Admin")) {
                    continue;
                }
                String concrete = path.getKey().replace("{id}", organization)
                        .replace("{memberId}", admin.membershipId())
                        .replace("{roleId}", UUID.randomUUID().toString())
                        .replace("{invitationId}", UUID.randomUUID().toString())
                        .replace("{slug}", "no-such-slug");
                String method = operation.getKey().toUpperCase();
                // A valid body: what is refused is the caller, not the request.
                String body = method.equals("POST") || method.equals("PATCH") ? "{\"name\":\"Taken over\"}" : null;
                HttpResponse<String> answer = send("127.0.0.1", method, concrete, admin.token(), body);
                (answer.statusCode() == 403 ? refused : allowed).add(method + " " + path.getKey() + " -> "
                        + answer.statusCode());
            }
        }

        assertTrue(allowed.isEmpty(), "An organization Admin reached Super Admin operations: " + allowed);
        assertTrue(refused.size() >= 17, "only " + refused.size() + " Super Admin operations found: " + refused);
        assertEquals(organizations, fixtures.count("SELECT COUNT(*) FROM orgkit_organization"));
    }

    @Test
    void unknownTokensFromOneClientAddressDoNotLockOutAnother() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(404, send("127.0.0.2", "POST", "/api/invitations/lookup", null,
                    "{\"token\":\"orgi_guess" + i + "\"}").statusCode());
        }
        assertEquals(429, send("127.0.0.2", "POST", "/api/invitations/lookup", null, "{\"token\":\"orgi_guess\"}")
                .statusCode(), "the eleventh guess from one address is throttled");
        assertEquals(404, send("127.0.0.3", "POST", "/api/invitations/lookup", null, "{\"token\":\"orgi_guess\"}")
                .statusCode(), "another address is not");
    }

    private HttpResponse<String> send(String from, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        URI uri = target.getUri().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
