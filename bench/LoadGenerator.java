import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's load generator (a second process on loopback). Two modes:
 *
 *   closed URL SECONDS CONCURRENCY [Header:Value ...]   -> prints "rps=<n> errors=<n> ok=<n> codes=<status:count,...>"
 *                                                          (rps counts every answer, refusals too; ok only those
 *                                                          below 400; codes the statuses of the others)
 *   open   URL SECONDS RATE        [Header:Value ...]   -> fixed arrival rate; prints "p50=<ms> p99=<ms> errors=<n>"
 *                                                          and, split by outcome, "answered=<n> shed=<n> failed=<n>
 *                                                          p50answered=<ms> p99answered=<ms> p99shed=<ms>" (shed:
 *                                                          429 or 503, the
 *                                                          server's refusals; failed: anything else, time-outs too)
 *
 * A header value of "{uuid}" ... is not used; for POST bodies use method/body headers:
 *   X-Bench-Method:POST  X-Bench-Body:{"email":"bench-{n}@example.test"}  ({n} is a unique counter)
 * A body is sent as JSON unless a Content-Type header is given.
 * Requests are bounded in count and time and go to loopback only.
 */
public class LoadGenerator {
    private static final int WARM_UP_SECONDS = 2;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI uri = URI.create(args[1]);
        if (!uri.getHost().equals("127.0.0.1") && !uri.getHost().equals("localhost")) {
            throw new IllegalArgumentException("loopback only");
        }
        int seconds = Integer.parseInt(args[2]);
        int level = Integer.parseInt(args[3]);
        List<String> headers = new ArrayList<>(Arrays.asList(args).subList(4, args.length));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        AtomicLong counter = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        if (mode.equals("closed")) {
            AtomicLong done = new AtomicLong();
            var codes = new java.util.concurrent.ConcurrentSkipListMap<Integer, AtomicLong>();
            List<Thread> threads = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < level; i++) {
                threads.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < end) {
                        int status = send(client, uri, headers, counter.incrementAndGet());
                        if (status >= 400) {
                            errors.incrementAndGet();
                            codes.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                        }
                        done.incrementAndGet();
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            StringBuilder failed = new StringBuilder();
            codes.forEach((code, n) -> failed.append(failed.isEmpty() ? "" : ",").append(code).append(':').append(n));
            System.out.printf("rps=%.1f errors=%d ok=%.1f codes=%s%n", done.get() / elapsed, errors.get(),
                    (done.get() - errors.get()) / elapsed, failed.isEmpty() ? "none" : failed);
        } else {
            // A fresh client JVM is cold (JIT, connection set-up): an unrecorded warm-up at the same rate first.
            openLoop(client, uri, headers, counter, errors, level, WARM_UP_SECONDS, new ConcurrentLinkedQueue<>());
            errors.set(0);
            ConcurrentLinkedQueue<long[]> outcomes = new ConcurrentLinkedQueue<>();
            long[] sorted = openLoop(client, uri, headers, counter, errors, level, seconds, outcomes);
            long[] answered = outcomes.stream().filter(o -> o[0] < 400).mapToLong(o -> o[1]).sorted().toArray();
            long[] shed = outcomes.stream().filter(o -> o[0] == 429 || o[0] == 503).mapToLong(o -> o[1]).sorted()
                    .toArray();
            System.out.printf("p50=%.2f p99=%.2f max=%.2f n=%d errors=%d answered=%d shed=%d failed=%d "
                            + "p50answered=%.2f p99answered=%.2f p99shed=%.2f%n", pct(sorted, 0.50), pct(sorted, 0.99),
                    pct(sorted, 1.0), sorted.length, errors.get(), answered.length, shed.length,
                    sorted.length - answered.length - shed.length, pct(answered, 0.50), pct(answered, 0.99),
                    pct(shed, 0.99));
        }
        System.exit(0);
    }

    /** Sends at a fixed arrival rate for the given time; returns the sorted latencies in nanoseconds. */
    private static long[] openLoop(HttpClient client, URI uri, List<String> headers, AtomicLong counter,
                                   AtomicLong errors, int rate, int seconds, ConcurrentLinkedQueue<long[]> outcomes)
            throws InterruptedException {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long intervalNanos = 1_000_000_000L / rate;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        long next = System.nanoTime();
        while (next < end) {
            long scheduled = next;
            executor.submit(() -> {
                int status = send(client, uri, headers, counter.incrementAndGet());
                // Latency from the scheduled start: waiting behind a slow request counts (no coordinated omission).
                long latency = System.nanoTime() - scheduled;
                latencies.add(latency);
                outcomes.add(new long[]{status, latency});
                if (status >= 400) {
                    errors.incrementAndGet();
                }
            });
            next += intervalNanos;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
        }
        executor.shutdown();
        executor.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static int send(HttpClient client, URI uri, List<String> headers, long n) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
            String method = "GET";
            String body = null;
            boolean typed = false;
            for (String header : headers) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon);
                String value = header.substring(colon + 1).replace("{n}", Long.toString(n));
                switch (name) {
                    case "X-Bench-Method" -> method = value;
                    case "X-Bench-Body" -> body = value;
                    default -> {
                        builder.header(name, value);
                        typed |= name.equalsIgnoreCase("Content-Type");
                    }
                }
            }
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null && !typed) { // JSON unless told otherwise (Keycloak's invite-user takes a form)
                builder.header("Content-Type", "application/json");
            }
            return client.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return 599;
        }
    }
}
