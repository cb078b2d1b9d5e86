package io.orgkit.app.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;

/**
 * A small HTTP/1.1 load generator over plain sockets with keep-alive, light enough to offer a server ten times its
 * capacity from the same machine: closed loop (a number of clients each sending its next request when answered) to
 * measure capacity, and open loop (requests sent at a fixed rate whatever the answers) to overload. Latency counts from
 * when a request was due, not when it was sent, so a client that falls behind does not hide the server's delay.
 */
public final class HttpLoad {
    private static final int TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int port;
    private final byte[] request;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    /**
     * @param host  the server's host
     * @param port  its port
     * @param path  the path to GET
     * @param token a bearer token, or {@code null}
     */
    public HttpLoad(String host, int port, String path, String token) {
        this.host = host;
        this.port = port;
        this.request = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * @param clients  clients sending at once
     * @param duration how long
     * @return what they got
     */
    public Result closedLoop(int clients, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        long due = System.nanoTime();
                        samples.add(new long[]{send(), System.nanoTime() - due});
                    }
                });
            }
        }
        return new Result(samples, System.nanoTime() - start);
    }

    /**
     * @param perSecond requests per second
     * @param duration  how long
     * @return what they got, every request answered or failed
     */
    public Result openLoop(double perSecond, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long count = duration.toNanos() / interval;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < count; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                threads.submit(() -> samples.add(new long[]{send(), System.nanoTime() - due}));
            }
        }
        return new Result(samples, duration.toNanos());
    }

    /** Closes the idle connections. */
    public void closeIdle() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            connection.close();
        }
    }

    /** @return the status, or -1 when the request failed without an answer (refused, reset, timed out) */
    private int send() {
        Connection connection = idle.poll();
        try {
            if (connection == null) {
                connection = new Connection(host, port);
            }
            int status = connection.exchange(request);
            if (connection.reusable) {
                idle.add(connection);
            } else {
                connection.close();
            }
            return status;
        } catch (IOException | RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            return -1;
        }
    }

    private static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean reusable;

        Connection(String host, int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("Not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            reusable = true;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).strip().toLowerCase();
                String value = header.substring(colon + 1).strip();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase().contains("chunked");
                    case "connection" -> reusable = !value.equalsIgnoreCase("close");
                    default -> {
                    }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                reusable = false;
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("Connection closed in a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("Connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * What a run got.
     *
     * @param statuses  each request's status (-1: no answer), in no order
     * @param latencies each request's latency in nanoseconds, in the same order
     * @param nanos     how long the run was
     */
    public record Result(int[] statuses, long[] latencies, long nanos) {
        Result(ConcurrentLinkedQueue<long[]> samples, long nanos) {
            this(samples.stream().mapToInt(s -> (int) s[0]).toArray(),
                    samples.stream().mapToLong(s -> s[1]).toArray(), nanos);
        }

        public int count() {
            return statuses.length;
        }

        public long count(IntPredicate status) {
            return Arrays.stream(statuses).filter(status).count();
        }

        /** @return answered with 2xx, per second of the run */
        public double successesPerSecond() {
            return count(status -> status / 100 == 2) / (nanos / 1e9);
        }

        /** @return requests by status */
        public Map<Integer, Long> byStatus() {
            Map<Integer, Long> counts = new TreeMap<>();
            for (int status : statuses) {
                counts.merge(status, 1L, Long::sum);
            }
            return counts;
        }

        /**
         * @param status   which answers
         * @param quantile 0.5, 0.99…
         * @return that quantile of their latency in milliseconds, or 0 if there were none
         */
        public double latencyMillis(IntPredicate status, double quantile) {
            List<Long> picked = new ArrayList<>();
            for (int i = 0; i < statuses.length; i++) {
                if (status.test(statuses[i])) {
                    picked.add(latencies[i]);
                }
            }
            if (picked.isEmpty()) {
                return 0;
            }
            long[] sorted = picked.stream().mapToLong(Long::longValue).sorted().toArray();
            int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }

        public double seconds() {
            return nanos / 1e9;
        }
    }
}
