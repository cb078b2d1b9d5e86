package io.orgkit.jakarta;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static io.orgkit.jakarta.Http.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module in a real Jakarta EE runtime, driven over HTTP only, as a new user would try it: the sample WAR (the
 * module, the Jakarta adapter and a host endpoint of its own) on MariaDB, with email through a real SMTP server.
 * Each runtime's test starts the runtime with the settings this class hands it.
 *
 * <p>The runtime enforces nothing of the module's gates (WildFly without a security domain enforces no
 * {@code @RolesAllowed} at all): every 401 and 403 here is the module's own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuntimeStoryTest {
    static final String SUPER_ADMIN = "root@sample.test";
    static final String SUPER_ADMIN_PASSWORD = "root-password-1";
    static final String PASSWORD = "correct-horse-battery";
    static final String IDENTITY_ISSUER = "host-idp";
    static final String IDENTITY_AUDIENCE = "orgkit-sample";
    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "patch", "delete");
    private static final Pattern TOKEN_IN_LINK = Pattern.compile("[?&#]token=([A-Za-z0-9_%\\-]+)");

    GreenMail smtp;
    MockOAuth2Server identityProvider;
    Http http;
    String root;

    /**
     * Starts the runtime with the sample WAR deployed and these settings, and waits until it serves.
     *
     * @param war      the sample WAR
     * @param settings MicroProfile Config settings for the module (system properties of the runtime's JVM)
     * @return the base URL of the sample application, ending with a slash
     * @throws Exception if it does not start
     */
    abstract URI start(java.nio.file.Path war, Map<String, String> settings) throws Exception;

    /**
     * Stops the runtime.
     */
    abstract void stop();

    /**
     * @return the JDBC URL of the test database, without credentials (root, empty password)
     */
    static String databaseUrl() {
        return "jdbc:mariadb://127.0.0.1:3306/" + database();
    }

    static String database() {
        String name = System.getProperty("orgkit.test.mariadb.database", "orgkit_test_jakarta");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unsafe test database name: " + name);
        }
        return name;
    }

    @BeforeAll
    void startRuntime() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database());
            statement.execute("CREATE DATABASE " + database() + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB must answer at 127.0.0.1:3306 (root, empty password)", e);
        }
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        identityProvider = new MockOAuth2Server();
        identityProvider.start();
        java.nio.file.Path war = SampleWar.build(java.nio.file.Path.of("target", getClass().getSimpleName(),
                "orgkit-sample.war").toAbsolutePath());
        // Production settings (the default mode refuses development ones): Secure cookies, an https accept link.
        URI base = start(war, Map.of(
                "org.sessions.cookie-secure", "true",
                "org.invitations.accept-url", "https://app.sample.test/accept-invitation#token={token}",
                "org.bootstrap.superadmin.email", SUPER_ADMIN,
                "org.bootstrap.superadmin.password", SUPER_ADMIN_PASSWORD,
                "org.mail.smtp.host", "127.0.0.1",
                "org.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()),
                "org.mail.dispatch-interval", "PT0.2S",
                // A real OpenID Connect provider on the loopback interface: a host wires in its own so.
                "org.identity.issuer", identityProvider.issuerUrl(IDENTITY_ISSUER).toString(),
                "org.identity.jwks-url", identityProvider.jwksUrl(IDENTITY_ISSUER).toString(),
                "org.identity.audience", IDENTITY_AUDIENCE));
        http = new Http(base);
        root = http.post("/api/auth/login", null, obj("email", SUPER_ADMIN, "password", SUPER_ADMIN_PASSWORD))
                .json().getString("token");
    }

    @AfterAll
    void stopRuntime() {
        stop();
        if (smtp != null) {
            smtp.stop();
        }
        if (identityProvider != null) {
            identityProvider.shutdown();
        }
    }

    @Test
    void theWholeStoryOverHttp() {
        Http.Answer anonymous = http.get("/api/organizations/me", null);
        assertEquals(401, anonymous.status(), anonymous.toString());
        assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());

        // The super admin creates an organization with an admin email; the admin accepts from the email.
        String adminEmail = unique("ada");
        Http.Answer created = http.post("/api/organizations", root, obj("name", "Acme " + UUID.randomUUID(),
                "adminEmail", adminEmail));
        assertEquals(201, created.status(), created.toString());
        String organization = created.json().getString("id");
        assertTrue(created.header("Location").endsWith(contextPath() + "api/organizations/" + organization),
                "Location keeps the context root: " + created.header("Location"));
        String admin = acceptAsNewUser(adminEmail, "Ada");
        JsonObject me = http.get("/api/organizations/me", admin).json();
        assertEquals(organization, me.getString("id"));

        // The admin invites a colleague, who accepts, and promotes them.
        String colleagueEmail = unique("grace");
        Http.Answer invited = http.post("/api/organizations/invitations", admin, obj("email", colleagueEmail,
                "role", "Member"));
        assertEquals(201, invited.status(), invited.toString());
        String colleague = acceptAsNewUser(colleagueEmail, "Grace");
        String memberId = memberIdOf(admin, colleagueEmail);
        Http.Answer promoted = http.patch("/api/organizations/members/" + memberId, admin, obj("role", "Admin"));
        assertEquals(200, promoted.status(), promoted.toString());
        assertEquals("Admin", promoted.json().getString("role"));
        assertEquals(200, http.get("/api/organizations/api-keys", colleague).status(), "the colleague is an Admin now");

        // The admin creates an API key and uses it.
        Http.Answer key = http.post("/api/organizations/api-keys", admin, obj("name", "reporting", "role", "Viewer"));
        assertEquals(201, key.status(), key.toString());
        String apiKey = key.json().getString("key");
        assertEquals(organization, http.get("/api/organizations/me", apiKey).json().getString("id"));
        Http.Answer members = http.get("/api/organizations/members", apiKey);
        assertEquals(200, members.status(), members.toString());
        assertEquals(2, members.json().getJsonArray("data").size());
        Http.Answer keyOnSessionOnly = http.get("/api/organizations/api-keys", apiKey);
        assertEquals(403, keyOnSessionOnly.status(), keyOnSessionOnly.toString());
        assertTrue(keyOnSessionOnly.contentType().startsWith("application/problem+json"));
        Http.Answer keyOnConsole = http.get("/api/organizations", apiKey);
        assertEquals(403, keyOnConsole.status(), keyOnConsole.toString());

        // The runtime knows the caller too (through the adapter's authentication mechanism), where it asks.
        Http.Answer whoAmI = http.get("/sample/whoami", admin);
        assertEquals(200, whoAmI.status(), whoAmI.toString());
        assertEquals(runtimeAuthenticates(), whoAmI.json().getBoolean("admin"), whoAmI.toString());
    }

    @Test
    void theHostsIdentityProviderSignsUsersInBesideSessionsAndKeys() {
        String adminEmail = unique("idp-admin");
        String organization = http.post("/api/organizations", root, obj("name", "Federated " + UUID.randomUUID(),
                "adminEmail", adminEmail)).json().getString("id");
        String session = acceptAsNewUser(adminEmail, "Federated Admin");
        String token = identityToken(adminEmail, true);

        Http.Answer account = http.get("/api/account", token);
        assertEquals(200, account.status(), account.toString());
        assertEquals(adminEmail, account.json().getString("email"), "linked to the user by the verified email");
        Http.Answer me = http.get("/api/organizations/me", token, Map.of("X-Organization-Id", organization));
        assertEquals(200, me.status(), me.toString());
        assertEquals(organization, me.json().getString("id"));
        Http.Answer foreign = http.get("/api/organizations/me", token, Map.of("X-Organization-Id",
                UUID.randomUUID().toString()));
        assertEquals(403, foreign.status(), foreign.toString());
        Http.Answer whoAmI = http.get("/sample/whoami", token, Map.of("X-Organization-Id", organization));
        assertEquals(200, whoAmI.status(), whoAmI.toString());
        assertEquals(runtimeAuthenticates(), whoAmI.json().getBoolean("admin"),
                "the runtime knows the provider's user and its role too: " + whoAmI);
        assertEquals(401, http.get("/api/account", identityToken(adminEmail, false)).status(), "unverified email");
        assertEquals(200, http.get("/api/account", session).status(), "the session works beside it");
    }

    private String identityToken(String email, boolean verified) {
        return identityProvider.issueToken(IDENTITY_ISSUER, "sample-client", new DefaultOAuth2TokenCallback(
                IDENTITY_ISSUER, "subject-" + UUID.randomUUID(), "JWT", List.of(IDENTITY_AUDIENCE),
                Map.of("email", email, "email_verified", verified), 3600)).serialize();
    }

    @Test
    void everySuperAdminOperationRefusesAnOrganizationAdmin() {
        String adminEmail = unique("admin");
        String organization = http.post("/api/organizations", root, obj("name", "Console " + UUID.randomUUID(),
                "adminEmail", adminEmail)).json().getString("id");
        String admin = acceptAsNewUser(adminEmail, "Admin");
        String memberId = memberIdOf(admin, adminEmail);
        String roleId = http.get("/api/organizations/roles", admin).json().getJsonArray("data").getJsonObject(0)
                .getString("id");
        String invitationId = http.post("/api/organizations/invitations", admin, obj("email", unique("guest"),
                "role", "Viewer")).json().getString("id");
        int organizations = organizationCount();

        List<String> refused = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        JsonObject document = new Http(URI.create(serverUrl())).get("/openapi", null,
                Map.of("Accept", "application/json")).json();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!HTTP_METHODS.contains(method)) {
                return;
            }
            JsonObject op = operation.asJsonObject();
            if (!op.containsKey("x-orgkit-gate") || !op.getString("x-orgkit-gate").contains("Super Admin")) {
                return;
            }
            String concrete = path.substring(openApiPrefix().length()).replace("{id}", organization).replace("{memberId}", memberId)
                    .replace("{roleId}", roleId).replace("{invitationId}", invitationId).replace("{slug}", "no-such-slug");
            // A valid body: what is refused is the caller, not the request.
            JsonObject body = method.equals("post") || method.equals("patch") ? obj("name", "Taken over") : null;
            Http.Answer answer = http.send(method.toUpperCase(), concrete, admin, body, Map.of());
            (answer.status() == 403 && answer.contentType().startsWith("application/problem+json") ? refused : allowed)
                    .add(method.toUpperCase() + " " + path + " -> " + answer.status());
        }));

        assertTrue(allowed.isEmpty(), "An organization Admin reached Super Admin operations: " + allowed);
        assertTrue(refused.size() >= 17, "only " + refused.size() + " Super Admin operations found: " + refused);
        assertEquals(organizations, organizationCount(), "nothing was created or deleted");
        assertEquals(200, http.get("/api/organizations/" + organization, root).status());
    }

    @Test
    void unknownTokensFromOneClientDoNotLockOutAnother() throws IOException {
        Http guesser = new Http(URI.create(baseUrl()), InetAddress.getByName("127.0.0.2"));
        Http other = new Http(URI.create(baseUrl()), InetAddress.getByName("127.0.0.3"));
        for (int i = 0; i < 10; i++) {
            Http.Answer guess = guesser.post("/api/invitations/lookup", null, obj("token", "orgi_guess" + i));
            assertEquals(404, guess.status(), guess.toString());
        }
        assertEquals(429, guesser.post("/api/invitations/lookup", null, obj("token", "orgi_guess")).status(),
                "the eleventh guess from one client is throttled");
        Http.Answer elsewhere = other.post("/api/invitations/lookup", null, obj("token", "orgi_guess"));
        assertEquals(404, elsewhere.status(), "another client is not: " + elsewhere);
    }

    @Test
    void unknownPathsAreProblems() {
        Http.Answer unknown = http.get("/api/no-such-thing", root);
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());
        assertEquals(404, unknown.json().getInt("status"));
        Http.Answer outsideJaxRs = http.get("/no/such/page.html", null);
        assertEquals(404, outsideJaxRs.status());
        assertTrue(outsideJaxRs.contentType().startsWith("application/problem+json"), outsideJaxRs.contentType());
    }

    @Test
    void theOpenApiDocumentDescribesTheModule() {
        JsonObject document = new Http(URI.create(serverUrl())).get("/openapi", null,
                Map.of("Accept", "application/json")).json();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : List.of("/api/auth/login", "/api/organizations", "/api/organizations/me",
                "/api/organizations/{id}/members", "/api/invitations/accept")) {
            assertTrue(paths.containsKey(openApiPrefix() + path), "missing " + path + " in " + paths.keySet());
        }
        assertTrue(paths.keySet().stream().allMatch(path -> path.startsWith(openApiPrefix() + "/")),
                "the module's operations are not added twice: " + paths.keySet());
        JsonObject consoleMembers = paths.getJsonObject(openApiPrefix() + "/api/organizations/{id}/members")
                .getJsonObject("get");
        assertEquals("listMembersOfOrganization", consoleMembers.getString("operationId"));
        assertTrue(consoleMembers.getString("x-orgkit-gate").contains("Super Admin"));
        JsonObject components = document.getJsonObject("components");
        assertTrue(components.getJsonObject("schemas").containsKey("Problem"));
        assertTrue(components.getJsonObject("schemas").containsKey("OrganizationView"));
        assertEquals(List.of("apiKey", "identityToken", "sessionBearer", "sessionCookie"),
                components.getJsonObject("securitySchemes").keySet().stream().sorted().toList());
        assertNotNull(paths.getJsonObject(openApiPrefix() + "/sample/whoami").getJsonObject("get").get("x-orgkit-gate"),
                "the host's own operation is completed with its gate");
    }

    @Test
    void startUpWorkRanOnTheRuntimesTerms() throws IOException {
        String log = java.nio.file.Files.readString(serverLog());
        assertTrue(log.contains("orgkit schema at version"), "migrations ran");
        assertTrue(log.contains("Created the super admin " + SUPER_ADMIN), "the super admin was created");
        assertTrue(log.contains("on the runtime's managed scheduled executor"),
                "the mail dispatcher runs on the runtime's managed executor");
    }

    @Test
    void healthChecksTheDatabase() {
        Http.Answer health = new Http(URI.create(healthUrl())).get("", null, Map.of());
        assertEquals(200, health.status(), health.toString());
        assertTrue(health.body().contains("orgkit-database"), health.body());
    }

    /** @return the path of the sample application, ending with a slash */
    abstract String contextPath();

    /** @return the base URL of the runtime's server (where it serves {@code /openapi}), ending with a slash */
    abstract String serverUrl();

    /** @return the URL of the runtime's health endpoint */
    abstract String healthUrl();

    /** @return the runtime's log */
    abstract java.nio.file.Path serverLog();

    /** @return whether the runtime calls the adapter's authentication mechanism */
    abstract boolean runtimeAuthenticates();

    /** @return what the runtime's OpenAPI document puts before the application's paths (WildFly: its context root) */
    abstract String openApiPrefix();

    private String baseUrl() {
        return serverUrl() + contextPath().substring(1);
    }

    private int organizationCount() {
        int count = 0;
        String cursor = null;
        do {
            JsonObject page = http.get("/api/organizations?limit=100" + (cursor == null ? "" : "&cursor=" + cursor),
                    root).json();
            count += page.getJsonArray("data").size();
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return count;
    }

    private String memberIdOf(String admin, String email) {
        for (JsonValue member : http.get("/api/organizations/members", admin).json().getJsonArray("data")) {
            if (member.asJsonObject().getString("email").equals(email)) {
                return member.asJsonObject().getString("id");
            }
        }
        throw new AssertionError("No member " + email);
    }

    private String acceptAsNewUser(String email, String name) {
        String token = tokenFromEmailTo(email);
        Http.Answer accepted = http.post("/api/invitations/accept", null, obj("token", token, "name", name,
                "password", PASSWORD));
        assertEquals(200, accepted.status(), accepted.toString());
        return accepted.json().getString("token");
    }

    private String tokenFromEmailTo(String email) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                try {
                    if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(email)) {
                        Matcher link = TOKEN_IN_LINK.matcher(textPart(message));
                        assertTrue(link.find(), "no accept link in the email");
                        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
                    }
                } catch (MessagingException | IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No email to " + email + " within 30 s");
    }

    private static String textPart(MimeMessage message) throws MessagingException, IOException {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("No text part");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@acme.test";
    }
}
