import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeds Keycloak with the data bench/Seed.java gives orgkit, through Keycloak's own admin REST API (a running
 * Keycloak 26 on loopback): a realm with organizations enabled and the benchmark's SMTP sink as its mail server,
 * ORGS organizations, one of which ("Bench") has MEMBERS members (users created, then added as members). It also
 * makes the master realm's tokens and sessions outlive the benchmark (its defaults: one minute, 30 idle minutes).
 * Prints BIG_ORG=<id>.
 *
 * Usage: java bench/KeycloakSeed.java BASE_URL ADMIN PASSWORD REALM ORGS MEMBERS SMTP_PORT CONCURRENCY
 */
public class KeycloakSeed {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static String base;
    private static String admin;
    private static String password;
    private static volatile String token;

    public static void main(String[] args) throws Exception {
        base = args[0];
        admin = args[1];
        password = args[2];
        String realm = args[3];
        int orgs = Integer.parseInt(args[4]);
        int members = Integer.parseInt(args[5]);
        int smtpPort = Integer.parseInt(args[6]);
        int concurrency = Integer.parseInt(args[7]);
        if (!URI.create(base).getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("loopback only");
        }
        token = token();
        send("PUT", "/admin/realms/master", "{\"accessTokenLifespan\":36000,\"ssoSessionIdleTimeout\":36000,"
                + "\"ssoSessionMaxLifespan\":36000}", 204);
        token = token();
        send("POST", "/admin/realms", "{\"realm\":\"" + realm + "\",\"enabled\":true,\"organizationsEnabled\":true,"
                + "\"smtpServer\":{\"host\":\"127.0.0.1\",\"port\":\"" + smtpPort + "\",\"from\":\"keycloak@bench.test\"}}",
                201);
        String organizations = "/admin/realms/" + realm + "/organizations";
        String bigOrg = id(send("POST", organizations, org("Bench", "bench"), 201));
        long started = System.nanoTime();
        parallel(concurrency, orgs - 1, i -> send("POST", organizations, org("Organization " + i, "org-" + i), 201));
        System.err.printf("[keycloak-seed] %d organizations in %.1f s%n", orgs, (System.nanoTime() - started) / 1e9);
        System.out.println("BIG_ORG=" + bigOrg);
        started = System.nanoTime();
        String users = "/admin/realms/" + realm + "/users";
        String membersPath = organizations + "/" + bigOrg + "/members";
        parallel(concurrency, members, i -> {
            String user = id(send("POST", users, "{\"username\":\"member-" + i + "\",\"email\":\"member-" + i
                    + "@bench.test\",\"firstName\":\"Member\",\"lastName\":\"" + i + "\",\"enabled\":true}", 201));
            send("POST", membersPath, "\"" + user + "\"", 201);
        });
        System.err.printf("[keycloak-seed] %d members in %.1f s%n", members, (System.nanoTime() - started) / 1e9);
    }

    private static String org(String name, String alias) {
        return "{\"name\":\"" + name + "\",\"alias\":\"" + alias + "\",\"enabled\":true,\"domains\":[{\"name\":\""
                + alias + ".bench.test\"}]}";
    }

    /** Runs task(1..count) on a fixed number of threads; the first failure ends the seeding. */
    private static void parallel(int threads, int count, IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                task.accept(n);
                int d = done.incrementAndGet();
                if (d % 5000 == 0) {
                    System.err.println("[keycloak-seed] " + d + "/" + count);
                }
            }));
        }
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String token() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + URLEncoder.encode(admin, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base
                        + "/realms/master/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("token: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    private static HttpResponse<String> send(String method, String path, String json, int expected) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " " + json + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** The id at the end of a 201's Location. */
    private static String id(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
