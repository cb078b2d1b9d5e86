package io.orgkit.impl.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.orgkit.impl.kernel.OutgoingMail;
import io.orgkit.impl.persistence.DatabaseReady;
import io.orgkit.impl.persistence.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Sends the outbox: every {@code org.mail.dispatch-interval} it claims the due rows (batch after batch while a backlog
 * lasts), sends each, and settles it as sent or as failed (retried with exponential back-off). A row is sent only by
 * the node whose claim committed, and settled only while that claim holds, so two nodes on one database never send one
 * row twice. The window left is a node that dies between the SMTP server's acceptance and the settling update: that
 * email is sent again once its claim lease ends, the one duplicate an outbox cannot rule out.
 */
@ApplicationScoped
public class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    private OutboxClaims outbox;
    private MailSettings settings;
    private MailSender sender;
    private PeriodicWork periodic;

    /**
     * For the container's client proxy.
     */
    protected MailDispatcher() {
    }

    @Inject
    public MailDispatcher(OutboxClaims outbox, MailSettings settings, PeriodicWork periodic) {
        this(outbox, settings, sender(settings));
        this.periodic = periodic;
    }

    /**
     * A dispatcher outside the container's lifecycle, for tests that play a second node.
     */
    public MailDispatcher(OutboxClaims outbox, MailSettings settings, MailSender sender) {
        this.outbox = outbox;
        this.settings = settings;
        this.sender = sender;
    }

    // Jakarta Mail is the runtime's (Jakarta EE) or the application's (org.eclipse.angus:angus-mail); it is needed
    // unless emails only go to the log.
    private static MailSender sender(MailSettings settings) {
        if (settings.logOnly()) {
            return new LogMailSender(settings.logTokens());
        }
        try {
            return new SmtpMailSender(settings);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("Jakarta Mail is not on the class path: add an implementation such as "
                    + "org.eclipse.angus:angus-mail (Jakarta EE runtimes provide one), or set org.mail.log-only=true", e);
        }
    }

    void start(@Observes DatabaseReady event) {
        periodic.repeat("orgkit-mail-dispatcher", Duration.ofMillis(Math.max(50, settings.dispatchInterval().toMillis())),
                this::dispatchSafely);
        LOG.info(() -> "Mail dispatcher " + settings.nodeId() + " started: "
                + (settings.logOnly() ? "log only (org.mail.log-only)" : "SMTP " + settings.smtpHost() + ":"
                + settings.smtpPort())
                + ", every " + settings.dispatchInterval()
                + (periodic.managed() ? ", on the runtime's managed scheduled executor" : ""));
    }

    private void dispatchSafely() {
        try {
            drain();
        } catch (Exception e) {
            // Exception, not RuntimeException: a commit the database refused comes through the transactional proxy as
            // the transaction manager's checked HeuristicMixedException or RollbackException (seen on a Galera cluster),
            // and anything thrown out of this method would end the repetition for good.
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
        return send(outbox.due(settings.batchSize()));
    }

    /**
     * Rounds one after the other for as long as each finds a full batch due and sends some of it, so that a backlog
     * goes out as fast as the SMTP server takes it rather than one batch per {@code org.mail.dispatch-interval}. What the
     * scheduled rounds run.
     *
     * @return how many emails were sent
     */
    public int drain() {
        int sent = 0;
        List<String> due;
        int sentThisRound;
        do {
            due = outbox.due(settings.batchSize());
            sentThisRound = send(due);
            sent += sentThisRound;
            // A round that sent nothing (rows failing, or claimed by other nodes) waits for the next interval.
        } while (due.size() == settings.batchSize() && sentThisRound > 0
                && !Thread.currentThread().isInterrupted());
        return sent;
    }

    private int send(List<String> due) {
        int sent = 0;
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
        } catch (Exception e) {
            // A database that refuses a contended update instead of waiting (a lock timeout), or a cluster whose other
            // node's claim was certified first (a deadlock at COMMIT, as a checked exception): another node has it.
            LOG.log(Level.FINE, "Lost the claim of outbox mail " + id, e);
            return Optional.empty();
        }
    }
}
