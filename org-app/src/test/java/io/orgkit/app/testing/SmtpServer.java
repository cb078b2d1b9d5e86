package io.orgkit.app.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) for one test class, on a free port. Declare it as a
 * {@code @RegisterExtension static final} field: JUnit reads that field, and so runs this constructor, before the
 * Helidon container of the class starts, so the container's {@code org.mail.smtp.host/port} (set here as system
 * properties, removed again after the class) point at this server, and emails are sent rather than logged.
 */
public final class SmtpServer implements AfterAllCallback {
    private final int port;
    private final String logOnly;
    private GreenMail server;

    public SmtpServer() {
        this.port = freePort();
        System.setProperty("org.mail.smtp.host", "127.0.0.1");
        System.setProperty("org.mail.smtp.port", String.valueOf(port));
        // The development settings the tests run with log emails instead.
        this.logOnly = System.setProperty("org.mail.log-only", "false");
        start();
    }

    public int port() {
        return port;
    }

    /** Starts (again) on the same port. */
    public synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops: connections are refused until {@link #start()}. Received mail is forgotten. */
    public synchronized void stop() {
        server.stop();
    }

    /** @return every message received (since the last start) for the address */
    public synchronized List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> {
                    try {
                        for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                            if (recipient.toString().equalsIgnoreCase(address)) {
                                return true;
                            }
                        }
                        return false;
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** @return all messages received since the last start */
    public synchronized List<MimeMessage> all() {
        return List.of(server.getReceivedMessages());
    }

    /** Waits until the address received at least {@code count} messages; returns them. */
    public List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<MimeMessage> received = messagesTo(address);
            if (received.size() >= count || System.nanoTime() > deadline) {
                return received;
            }
            sleep(50);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.clearProperty("org.mail.smtp.host");
        System.clearProperty("org.mail.smtp.port");
        if (logOnly == null) {
            System.clearProperty("org.mail.log-only");
        } else {
            System.setProperty("org.mail.log-only", logOnly);
        }
        stop();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
