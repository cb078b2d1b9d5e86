package io.orgkit.impl.mail;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgkit.impl.kernel.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sends the outbox: every {@code org.mail.dispatch-interval} it claims the due rows, sends each, and settles it as sent
 * or as failed (retried with exponential back-off). A row is sent only by the node whose claim committed, and settled
 * only while that claim holds, so two nodes on one database never send one row twice. The window left is a node that
 * dies between the SMTP server's acceptance and the settling update: that email is sent again once its claim lease
 * ends, the one duplicate an outbox cannot rule out.
 */
@ApplicationScoped
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    private final OutboxClaims outbox;
    private final MailSettings settings;
    private final MailSender sender;
    private ScheduledExecutorService executor;

    @Inject
    public MailDispatcher(OutboxClaims outbox, MailSettings settings) {
        this(outbox, settings, settings.logOnly() ? new LogMailSender(settings.logTokens()) : new SmtpMailSender(settings));
    }

    /**
     * A dispatcher outside the container's lifecycle, for tests that play a second node.
     */
    public MailDispatcher(OutboxClaims outbox, MailSettings settings, MailSender sender) {
        this.outbox = outbox;
        this.settings = settings;
        this.sender = sender;
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long interval = Math.max(50, settings.dispatchInterval().toMillis());
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "orgkit-mail-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::dispatchSafely, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Mail dispatcher " + settings.nodeId() + " started: "
                + (settings.logOnly() ? "log only (org.mail.log-only)" : "SMTP " + settings.smtpHost() + ":"
                + settings.smtpPort())
                + ", every " + settings.dispatchInterval());
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void dispatchSafely() {
        try {
            dispatchOnce();
        } catch (RuntimeException e) {
            // The database may be briefly unavailable; the next round tries again.
            LOG.log(Level.WARNING, "Mail dispatch round failed", e);
        }
    }

    /**
     * One round: claims and sends every due row this node wins.
     *
     * @return how many emails this round sent
     */
    public int dispatchOnce() {
        int sent = 0;
        List<String> due = outbox.due(settings.batchSize());
        for (String id : due) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            Optional<OutgoingMail> mail = claim(id);
            if (mail.isEmpty()) {
                continue;
            }
            try {
                sender.send(mail.get());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Sending outbox mail " + id + " failed; it will be retried: " + e);
                outbox.markFailed(id, settings.nodeId(), e, settings);
                continue;
            }
            if (outbox.markSent(id, settings.nodeId())) {
                sent++;
            } else {
                LOG.warning("Outbox mail " + id + " was sent after its claim ended or it was cancelled");
            }
        }
        return sent;
    }

    private Optional<OutgoingMail> claim(String id) {
        try {
            return outbox.claim(id, settings.nodeId(), settings.claimLease());
        } catch (RuntimeException e) {
            // A database that refuses a contended update instead of waiting (a lock timeout): another node has it.
            LOG.log(Level.FINE, "Lost the claim of outbox mail " + id, e);
            return Optional.empty();
        }
    }
}
