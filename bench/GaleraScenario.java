import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cross-node scenario of bench/galera.sh: two servers of this module (GALERA_A, GALERA_B) on different nodes of a
 * Galera cluster (GALERA_NODES: one JDBC URL per node, read directly to check what each node holds). Galera replaces
 * row locks across nodes by certification at commit, so each invariant is driven by two requests sent at the same
 * moment, one through each server, and then checked on every node.
 *
 *   invariants TRIALS            -> a Markdown table: last Admin, one pending invitation, each email once, accept once
 *   load SECONDS THREADS PREFIX  -> creates invitations through both servers until SECONDS pass; writes PREFIX.csv
 *   verify PREFIX                -> with PREFIX.kill (epoch ms of the kill): acknowledged writes lost, error window
 *
 * Run with the server's libraries on the class path (the MariaDB driver): java -cp "org-app/target/libs/*" ...
 */
public class GaleraScenario {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String A = env("GALERA_A");
    private static final String B = env("GALERA_B");
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    private static final String PASSWORD = "galera-user-password";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SESSION = Pattern.compile("\"token\"\\s*:\\s*\"(orgs_[^\"]+)\"");
    private static final Pattern INVITATION_TOKEN = Pattern.compile("orgi_[A-Za-z0-9_-]+");

    private static List<Connection> nodes;

    public static void main(String[] args) throws Exception {
        nodes = new ArrayList<>();
        for (String url : env("GALERA_NODES").split(",")) {
            nodes.add(connect(url));
        }
        switch (args[0]) {
            case "invariants" -> invariants(Integer.parseInt(args[1]));
            case "load" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3]);
            case "verify" -> verify(args[1]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Invariants

    private static void invariants(int trials) throws Exception {
        String root = login(A, env("GALERA_SUPER_EMAIL"), env("GALERA_SUPER_PASS"), null);
        String rootId = one("SELECT id FROM orgkit_user WHERE email = ?", env("GALERA_SUPER_EMAIL").toLowerCase());
        List<String> rows = new ArrayList<>();

        // 1. The last Admin: two Admins demote each other at once, one through each server.
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<Integer, Integer> staleReads = new TreeMap<>();
        int broken = 0;
        int checked = 0;
        for (int i = 0; i < trials; i++) {
            String org = found(root, "Galera last admin " + RUN + " " + i);
            String owner = login(A, env("GALERA_SUPER_EMAIL"), env("GALERA_SUPER_PASS"), org);
            String token = invite(A, owner, "admin-" + RUN + "-" + i + "@galera.test", "Admin", false);
            String other = setup(A, "POST", "/api/invitations/accept", null, "{\"token\":\"" + token
                    + "\",\"name\":\"Galera User\",\"password\":\"" + PASSWORD + "\"}").body().transform(SESSION::matcher).results().findFirst()
                    .map(m -> m.group(1)).orElseThrow(() -> new IllegalStateException("no session from accept"));
            // Read-your-writes across nodes: the session just opened through A, used through B at once.
            staleReads.merge(call(B, "GET", "/api/auth/session", other, null).status(), 1, Integer::sum);
            sync();
            String rootMember = one("SELECT id FROM orgkit_membership WHERE organization_id = ? AND user_id = ?", org,
                    rootId);
            String otherMember = one("SELECT m.id FROM orgkit_membership m WHERE m.organization_id = ? AND m.user_id <> ?",
                    org, rootId);
            Answer[] both = together(
                    () -> call(A, "PATCH", "/api/organizations/members/" + otherMember, owner, "{\"role\":\"Member\"}"),
                    () -> call(B, "PATCH", "/api/organizations/members/" + rootMember, other, "{\"role\":\"Member\"}"));
            outcomes.merge(pair(both), 1, Integer::sum);
            sync();
            for (Connection node : nodes) {
                checked++;
                if (count(node, "SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ? AND role_name = 'Admin'",
                        org) != 1) {
                    broken++;
                }
            }
        }
        rows.add(row("The last Admin: two Admins demote each other, one through each server", trials, outcomes,
                broken + " of " + checked + " node checks without exactly one Admin"));

        // 2. One pending invitation per address: the same address invited through both servers at once.
        String invitingOrg = found(root, "Galera invitations " + RUN);
        String inviter = login(A, env("GALERA_SUPER_EMAIL"), env("GALERA_SUPER_PASS"), invitingOrg);
        sync();
        outcomes = new TreeMap<>();
        List<String> invited = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            String email = "pending-" + RUN + "-" + i + "@galera.test";
            invited.add(email);
            String body = "{\"email\":\"" + email + "\"}";
            Answer[] both = together(() -> call(A, "POST", "/api/organizations/invitations", inviter, body),
                    () -> call(B, "POST", "/api/organizations/invitations", inviter, body));
            outcomes.merge(pair(both), 1, Integer::sum);
        }
        sync();
        broken = 0;
        checked = 0;
        for (String email : invited) {
            for (Connection node : nodes) {
                checked++;
                if (count(node, "SELECT COUNT(*) FROM orgkit_invitation WHERE organization_id = ? AND pending_email = ?",
                        invitingOrg, email) != 1) {
                    broken++;
                }
            }
        }
        rows.add(row("One pending invitation per address: one address invited through both servers", trials, outcomes,
                broken + " of " + checked + " node checks without exactly one pending invitation"));

        // 3. Each email sent once: both servers' dispatchers (every 0.2 s) race for the outbox rows of test 2.
        long deadline = System.currentTimeMillis() + 60_000;
        while (count(nodes.get(0), "SELECT COUNT(*) FROM orgkit_mail_outbox WHERE organization_id = ? AND status = 'PENDING'",
                invitingOrg) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        sync();
        Map<String, Integer> sends = new HashMap<>();
        for (String log : List.of(env("GALERA_LOG_A"), env("GALERA_LOG_B"))) {
            for (String line : Files.readAllLines(Path.of(log))) {
                if (line.startsWith("To: pending-" + RUN + "-")) {
                    sends.merge(line.substring(4).strip(), 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> bySender = new TreeMap<>();
        for (String log : List.of("A", "B")) {
            long n = Files.readAllLines(Path.of(env("GALERA_LOG_" + log))).stream()
                    .filter(line -> line.startsWith("To: pending-" + RUN + "-")).count();
            bySender.put("server " + log, (int) n);
        }
        int notOnce = 0;
        for (String email : invited) {
            if (sends.getOrDefault(email, 0) != 1) {
                notOnce++;
            }
        }
        long sentRows = count(nodes.get(0), "SELECT COUNT(*) FROM orgkit_mail_outbox WHERE organization_id = ? "
                + "AND status = 'SENT' AND attempts = 1", invitingOrg);
        long allRows = count(nodes.get(0), "SELECT COUNT(*) FROM orgkit_mail_outbox WHERE organization_id = ?", invitingOrg);
        rows.add("| Each invitation email sent once: both servers' dispatchers claim the outbox every 0.2 s | " + trials
                + " | logged sends " + bySender + "; outbox rows sent at the first attempt: " + sentRows + " of "
                + allRows + " | " + notOnce + " of " + invited.size() + " addresses not mailed exactly once |");

        // 4. Accept exactly once: one invitation accepted through both servers at once (a new account each time).
        outcomes = new TreeMap<>();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < trials; i++) {
            String email = "accept-" + RUN + "-" + i + "@galera.test";
            accepted.add(email);
            String token = invite(A, inviter, email, "Member", false);
            sync();
            Answer[] both = together(() -> accept(A, token), () -> accept(B, token));
            outcomes.merge(pair(both), 1, Integer::sum);
        }
        sync();
        broken = 0;
        checked = 0;
        for (String email : accepted) {
            for (Connection node : nodes) {
                checked++;
                long users = count(node, "SELECT COUNT(*) FROM orgkit_user WHERE email = ?", email);
                long members = count(node, "SELECT COUNT(*) FROM orgkit_membership m JOIN orgkit_user u ON u.id = m.user_id "
                        + "WHERE u.email = ? AND m.organization_id = ?", email, invitingOrg);
                long done = count(node, "SELECT COUNT(*) FROM orgkit_invitation WHERE email = ? AND organization_id = ? "
                        + "AND status = 'ACCEPTED'", email, invitingOrg);
                if (users != 1 || members != 1 || done != 1) {
                    broken++;
                }
            }
        }
        rows.add(row("Accept exactly once: one invitation accepted through both servers", trials, outcomes,
                broken + " of " + checked + " node checks without exactly one user, membership and accepted invitation"));

        System.out.println("| invariant | trials | answers (A + B, per trial) | broken |");
        System.out.println("|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("Read-your-writes across nodes (no wsrep_sync_wait on the servers' connections): a session "
                + "opened through A (by accepting an invitation), used through B at once, answered " + staleReads
                + " (status: count) in " + trials + " tries.");
    }

    private static String row(String what, int trials, Map<String, Integer> outcomes, String broken) {
        StringBuilder answers = new StringBuilder();
        outcomes.forEach((pair, n) -> answers.append(answers.isEmpty() ? "" : "; ").append(pair).append(": ").append(n));
        return "| " + what + " | " + trials + " | " + answers + " | " + broken + " |";
    }

    // "201 + 409 (pending)": the two answers, sorted, each refusal named by its detail.
    private static String pair(Answer[] both) {
        List<String> named = new ArrayList<>();
        for (Answer answer : both) {
            named.add(answer.status() + describe(answer));
        }
        named.sort(null);
        return String.join(" + ", named);
    }

    private static String describe(Answer answer) {
        if (answer.status() < 400) {
            return "";
        }
        String body = answer.body().toLowerCase();
        if (body.contains("concurrent")) {
            return " (concurrent: \"" + detail(answer.body()) + "\")";
        }
        if (body.contains("last admin")) {
            return " (last Admin)";
        }
        if (body.contains("pending invitation")) {
            return " (already pending)";
        }
        return " (\"" + detail(answer.body()) + "\")";
    }

    private static String detail(String body) {
        Matcher m = Pattern.compile("\"detail\"\\s*:\\s*\"([^\"]*)\"").matcher(body);
        return m.find() ? m.group(1) : body.length() > 80 ? body.substring(0, 80) : body;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Load while a node is killed

    private static void load(int seconds, int threads, String prefix) throws Exception {
        String root = login(A, env("GALERA_SUPER_EMAIL"), env("GALERA_SUPER_PASS"), null);
        Map<String, String> tokens = new HashMap<>();
        // One organization and one inviting Admin per server: the invitation quotas count per organization and per
        // inviter in one row each, and a row both servers update at once is a certification conflict every time.
        for (String server : List.of("A", "B")) {
            String org = found(root, "Galera load " + server + " " + RUN);
            String owner = login(A, env("GALERA_SUPER_EMAIL"), env("GALERA_SUPER_PASS"), org);
            String token = invite(A, owner, "inviter-" + RUN + "-" + server + "@galera.test", "Admin", false);
            Matcher session = SESSION.matcher(setup(A, "POST", "/api/invitations/accept", null, "{\"token\":\"" + token
                    + "\",\"name\":\"Galera Inviter\",\"password\":\"" + PASSWORD + "\"}").body());
            if (!session.find()) {
                throw new IllegalStateException("no session for the inviter of server " + server);
            }
            tokens.put(server, session.group(1));
        }
        sync();
        ConcurrentLinkedQueue<String> records = new ConcurrentLinkedQueue<>();
        long end = System.currentTimeMillis() + seconds * 1000L;
        List<Thread> running = new ArrayList<>();
        for (String server : List.of("A", "B")) {
            String base = server.equals("A") ? A : B;
            for (int t = 0; t < threads; t++) {
                int thread = t;
                running.add(Thread.ofPlatform().start(() -> {
                    for (int n = 0; System.currentTimeMillis() < end; n++) {
                        String email = "load-" + RUN + "-" + server + thread + "-" + n + "@galera.test";
                        Answer answer = call(base, "POST", "/api/organizations/invitations", tokens.get(server),
                                "{\"email\":\"" + email + "\",\"sendEmail\":false}");
                        String id = answer.status() == 201 ? firstId(answer.body()) : "";
                        records.add(server + "," + answer.startMs() + "," + answer.endMs() + "," + answer.status() + ","
                                + email + "," + id + "," + (answer.status() == 201 ? ""
                                : detail(answer.body()).replace(',', ';').replace('\n', ' ')));
                        if (answer.status() < 0 || answer.status() >= 500) {
                            sleep(50); // as a client backs off; keeps a refused burst from spinning
                        }
                    }
                }));
            }
        }
        for (Thread thread : running) {
            thread.join();
        }
        Files.write(Path.of(prefix + ".csv"), records);
        System.out.println("requests=" + records.size());
    }

    private static void verify(String prefix) throws Exception {
        long kill = Long.parseLong(Files.readString(Path.of(prefix + ".kill")).strip());
        long restart = Long.parseLong(Files.readString(Path.of(prefix + ".restart")).strip());
        List<String[]> records = Files.readAllLines(Path.of(prefix + ".csv")).stream().map(l -> l.split(",", 7)).toList();
        sync();
        List<Set<String>> stored = new ArrayList<>();
        for (Connection node : nodes) {
            Set<String> ids = new HashSet<>();
            try (Statement s = node.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM orgkit_invitation WHERE email LIKE 'load-%'")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            stored.add(ids);
        }
        Set<String> emailsStored = new HashSet<>();
        try (Statement s = nodes.get(1).createStatement();
             ResultSet rs = s.executeQuery("SELECT email FROM orgkit_invitation WHERE email LIKE 'load-%'")) {
            while (rs.next()) {
                emailsStored.add(rs.getString(1));
            }
        }
        System.out.println("| server | requests | acknowledged (201) | acknowledged but missing on node 1 / 2 / 3 "
                + "| errors (answer: count) | errors from … to (s after the kill) | p50 before the kill "
                + "| slowest answer ending between the kill and the restart | slowest answer ending after the restart "
                + "| refused but stored |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (String server : List.of("A", "B")) {
            List<String[]> mine = records.stream().filter(r -> r[0].equals(server)).toList();
            List<String> acked = mine.stream().filter(r -> r[3].equals("201")).map(r -> r[5]).toList();
            List<String> missing = new ArrayList<>();
            for (Set<String> ids : stored) {
                missing.add(Long.toString(acked.stream().filter(id -> !ids.contains(id)).count()));
            }
            Map<String, Integer> errors = new TreeMap<>();
            long firstError = Long.MAX_VALUE;
            long lastError = Long.MIN_VALUE;
            long refusedStored = 0;
            for (String[] r : mine) {
                if (!r[3].equals("201")) {
                    errors.merge(r[3] + (r[6].isBlank() ? "" : " " + shorten(r[6])), 1, Integer::sum);
                    firstError = Math.min(firstError, Long.parseLong(r[1]));
                    lastError = Math.max(lastError, Long.parseLong(r[2]));
                    if (emailsStored.contains(r[4])) {
                        refusedStored++;
                    }
                }
            }
            long slowestKilled = mine.stream().filter(r -> Long.parseLong(r[2]) >= kill && Long.parseLong(r[2]) < restart)
                    .mapToLong(r -> Long.parseLong(r[2]) - Long.parseLong(r[1])).max().orElse(0);
            long slowestRejoin = mine.stream().filter(r -> Long.parseLong(r[2]) >= restart)
                    .mapToLong(r -> Long.parseLong(r[2]) - Long.parseLong(r[1])).max().orElse(0);
            long[] before = mine.stream().filter(r -> Long.parseLong(r[2]) < kill)
                    .mapToLong(r -> Long.parseLong(r[2]) - Long.parseLong(r[1])).sorted().toArray();
            String window = errors.isEmpty() ? "none"
                    : String.format("%.2f to %.2f (%.2f s)", (firstError - kill) / 1000.0, (lastError - kill) / 1000.0,
                    (lastError - firstError) / 1000.0);
            StringBuilder errorText = new StringBuilder();
            errors.forEach((k, v) -> errorText.append(errorText.isEmpty() ? "" : "; ").append(k).append(": ").append(v));
            System.out.println("| " + server + " | " + mine.size() + " | " + acked.size() + " | "
                    + String.join(" / ", missing) + " | " + (errors.isEmpty() ? "none" : errorText) + " | " + window
                    + " | " + (before.length == 0 ? "-" : before[before.length / 2] + " ms") + " | " + slowestKilled
                    + " ms | " + slowestRejoin + " ms | " + refusedStored + " |");
        }
        System.out.println();
        System.out.println("Node 1 restarted " + String.format("%.1f", (restart - kill) / 1000.0) + " s after the kill. "
                + "Requests started per second (kill at 0), A+B, with errors in brackets: " + timeline(records, kill) + ".");
    }

    private static String timeline(List<String[]> records, long kill) {
        Map<Long, int[]> seconds = new TreeMap<>();
        for (String[] r : records) {
            int[] counts = seconds.computeIfAbsent(Math.floorDiv(Long.parseLong(r[1]) - kill, 1000L), k -> new int[2]);
            counts[0]++;
            if (!r[3].equals("201")) {
                counts[1]++;
            }
        }
        StringBuilder text = new StringBuilder();
        seconds.forEach((second, counts) -> text.append(text.isEmpty() ? "" : ", ").append(second).append(": ")
                .append(counts[0]).append(counts[1] > 0 ? " (" + counts[1] + ")" : ""));
        return text.toString();
    }

    private static String shorten(String detail) {
        return detail.length() > 60 ? detail.substring(0, 60) + "…" : detail;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // HTTP

    record Answer(int status, String body, long startMs, long endMs) {
    }

    interface Call {
        Answer run() throws Exception;
    }

    // The two calls released at the same instant, each on its own thread.
    private static Answer[] together(Call first, Call second) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Answer[] answers = new Answer[2];
        List<Thread> threads = new ArrayList<>();
        Call[] calls = {first, second};
        for (int i = 0; i < 2; i++) {
            int index = i;
            threads.add(Thread.ofPlatform().start(() -> {
                ready.countDown();
                try {
                    go.await();
                    answers[index] = calls[index].run();
                } catch (Exception e) {
                    answers[index] = new Answer(-1, e.toString(), 0, 0);
                }
            }));
        }
        ready.await();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return answers;
    }

    // A setup step: a 503 (the server shedding load on this shared machine) is retried, as a client would.
    private static Answer setup(String base, String method, String path, String token, String json) {
        Answer answer = call(base, method, path, token, json);
        for (int attempt = 1; answer.status() == 503 && attempt < 20; attempt++) {
            sleep(250);
            answer = call(base, method, path, token, json);
        }
        return answer;
    }

    private static Answer call(String base, String method, String path, String token, String json) {
        long start = System.currentTimeMillis();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), start, System.currentTimeMillis());
        } catch (Exception e) {
            return new Answer(-1, e.getClass().getSimpleName(), start, System.currentTimeMillis());
        }
    }

    private static String login(String base, String email, String password, String org) {
        Answer answer = setup(base, "POST", "/api/auth/login", null, "{\"email\":\"" + email + "\",\"password\":\""
                + password + "\"" + (org == null ? "" : ",\"organizationId\":\"" + org + "\"") + "}");
        Matcher m = SESSION.matcher(answer.body());
        if (answer.status() != 200 || !m.find()) {
            throw new IllegalStateException("login: " + answer.status() + " " + answer.body());
        }
        return m.group(1);
    }

    private static String found(String session, String name) {
        Answer answer = setup(A, "POST", "/api/organizations/found", session, "{\"name\":\"" + name + "\"}");
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("found: " + answer.status() + " " + answer.body());
        }
        return firstId(answer.body());
    }

    // Creates an invitation and returns its token (sendEmail false answers the accept link).
    private static String invite(String base, String session, String email, String role, boolean emailed) {
        Answer answer = setup(base, "POST", "/api/organizations/invitations", session, "{\"email\":\"" + email
                + "\",\"role\":\"" + role + "\",\"sendEmail\":" + emailed + "}");
        Matcher m = INVITATION_TOKEN.matcher(answer.body());
        if (answer.status() != 201 || !m.find()) {
            throw new IllegalStateException("invite: " + answer.status() + " " + answer.body());
        }
        return m.group();
    }

    private static Answer accept(String base, String token) {
        return call(base, "POST", "/api/invitations/accept", null, "{\"token\":\"" + token
                + "\",\"name\":\"Galera User\",\"password\":\"" + PASSWORD + "\"}");
    }

    private static String firstId(String body) {
        Matcher m = ID.matcher(body);
        return m.find() ? m.group(1) : "";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The nodes, read directly

    private static Connection connect(String url) throws Exception {
        Connection c = DriverManager.getConnection(url, env("GALERA_DB_USER"), env("GALERA_DB_PASS"));
        try (Statement s = c.createStatement()) {
            // Every read on this connection first waits until the node has applied what the cluster committed before.
            s.execute("SET SESSION wsrep_sync_wait = 1");
        }
        return c;
    }

    // Waits until every node has applied every write committed anywhere so far (a causal read on each).
    private static void sync() throws Exception {
        for (Connection node : nodes) {
            count(node, "SELECT COUNT(*) FROM orgkit_organization WHERE id = ?", "none");
        }
    }

    private static long count(Connection node, String sql, Object... args) throws Exception {
        return Long.parseLong(query(node, sql, args));
    }

    private static String one(String sql, Object... args) throws Exception {
        return query(nodes.get(0), sql, args);
    }

    private static String query(Connection node, String sql, Object... args) throws Exception {
        try (PreparedStatement s = node.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row: " + sql);
                }
                return rs.getString(1);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (bench/galera.sh sets it)");
        }
        return value;
    }
}
