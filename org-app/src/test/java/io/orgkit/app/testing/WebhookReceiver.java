package io.orgkit.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for tests: a real HTTP server on 127.0.0.1 that records what it receives and answers as it is
 * told (a status, after a delay). It checks signatures as a receiver following the Standard Webhooks specification
 * would, with the JDK's HMAC, independently of the module's signer.
 */
public final class WebhookReceiver implements AutoCloseable {
    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 204;
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    /** A receiver on a free port, not yet listening: a receiver that is down. */
    public static WebhookReceiver onFreePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return new WebhookReceiver(socket.getLocalPort());
        }
    }

    /** A receiver that is up. */
    public static WebhookReceiver started() throws IOException {
        WebhookReceiver receiver = onFreePort();
        receiver.start();
        return receiver;
    }

    public void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body));
                Thread.sleep(delay.toMillis());
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public void answer(int status, Duration delay) {
        this.status = status;
        this.delay = delay;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }

    /**
     * One delivery as received.
     */
    public record Received(String id, String timestamp, String signature, String body) {

        /** @return whether the signature is the secret's HMAC-SHA256 of {@code id.timestamp.body} */
        public boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        "HmacSHA256"));
                byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                return signature != null && signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
