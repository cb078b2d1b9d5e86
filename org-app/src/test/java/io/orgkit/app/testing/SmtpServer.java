package io.orgkit.app.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server (GreenMail) for the whole test JVM, on a free port, started when the test run opens ({@link
 * Lifecycle} is registered as a launcher session listener) and so before any server of the run starts: every server in
 * the JVM, the shared one and a class's own, sends through it ({@code org.mail.smtp.host/port}, and
 * {@code org.mail.log-only=false} over the development settings, set here as system properties). Test classes read it
 * through {@link #shared()} and look only at the mail sent to their own addresses, which {@link Fixtures#unique} makes
 * unique.
 */
public final class SmtpServer {
    private static SmtpServer shared;

    private final int port;
    private GreenMail server;

    private SmtpServer(int port) {
        this.port = port;
    }

    /** @return the test JVM's SMTP server, started on first use */
    public static synchronized SmtpServer shared() {
        if (shared == null) {
            SmtpServer started = new SmtpServer(freePort());
            System.setProperty("org.mail.smtp.host", "127.0.0.1");
            System.setProperty("org.mail.smtp.port", String.valueOf(started.port));
            // The development settings the tests run with would log emails instead.
            System.setProperty("org.mail.log-only", "false");
            started.start();
            shared = started;
        }
        return shared;
    }

    /** Starts the shared server as the test run opens, and stops it as the run ends. */
    public static final class Lifecycle implements LauncherSessionListener {
        @Override
        public void launcherSessionOpened(LauncherSession session) {
            shared();
        }

        @Override
        public void launcherSessionClosed(LauncherSession session) {
            synchronized (SmtpServer.class) {
                if (shared != null) {
                    shared.stop();
                    shared = null;
                }
            }
        }
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

    /**
     * @return every message delivered (since the last start) to the address's mailbox: by the SMTP envelope, as a
     *         mail server delivers, so that a recipient smuggled into a {@code Bcc} header counts too
     */
    public synchronized List<MimeMessage> messagesTo(String address) {
        GreenMailUser user = server.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage)
                    .toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
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
