package io.orgkit.impl.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail settings: the SMTP server, the sender, and how the outbox dispatcher polls, claims and retries.
 */
@ApplicationScoped
public class MailSettings {
    private String smtpHost;
    private boolean logOnly;
    private boolean logTokens;
    private int smtpPort;
    private String username;
    private String password;
    private boolean starttls;
    private String from;
    private Duration dispatchInterval;
    private Duration claimLease;
    private Duration retryInitialDelay;
    private Duration retryMaxDelay;
    private int maxAttempts;
    private int batchSize;
    private Duration smtpTimeout;
    private String nodeId;

    /**
     * For the container's client proxy.
     */
    protected MailSettings() {
    }

    @Inject
    public MailSettings(@ConfigProperty(name = "org.mail.smtp.host") Optional<String> smtpHost,
                        @ConfigProperty(name = "org.mail.log-only", defaultValue = "false") boolean logOnly,
                        @ConfigProperty(name = "org.mail.log-tokens", defaultValue = "false") boolean logTokens,
                        @ConfigProperty(name = "org.mail.smtp.port", defaultValue = "25") int smtpPort,
                        @ConfigProperty(name = "org.mail.smtp.username") Optional<String> username,
                        @ConfigProperty(name = "org.mail.smtp.password") Optional<String> password,
                        @ConfigProperty(name = "org.mail.smtp.starttls", defaultValue = "false") boolean starttls,
                        @ConfigProperty(name = "org.mail.from", defaultValue = "orgkit@localhost") String from,
                        @ConfigProperty(name = "org.mail.dispatch-interval", defaultValue = "PT2S") Duration dispatchInterval,
                        @ConfigProperty(name = "org.mail.claim-lease", defaultValue = "PT5M") Duration claimLease,
                        @ConfigProperty(name = "org.mail.retry-initial-delay", defaultValue = "PT10S") Duration retryInitialDelay,
                        @ConfigProperty(name = "org.mail.retry-max-delay", defaultValue = "PT15M") Duration retryMaxDelay,
                        @ConfigProperty(name = "org.mail.max-attempts", defaultValue = "100") int maxAttempts,
                        @ConfigProperty(name = "org.mail.node-id") Optional<String> nodeId) {
        this(smtpHost.map(String::trim).orElse(""), logOnly, logTokens, smtpPort, username.orElse(""), password.orElse(""), starttls, from,
                dispatchInterval, claimLease, retryInitialDelay, retryMaxDelay, maxAttempts,
                nodeId.filter(id -> !id.isBlank()).orElseGet(MailSettings::generatedNodeId));
    }

    /**
     * For tests that run a dispatcher of their own against another SMTP server or as another node.
     */
    public MailSettings(String smtpHost, boolean logOnly, boolean logTokens, int smtpPort, String username, String password, boolean starttls, String from,
                        Duration dispatchInterval, Duration claimLease, Duration retryInitialDelay,
                        Duration retryMaxDelay, int maxAttempts, String nodeId) {
        this.smtpHost = smtpHost == null ? "" : smtpHost.trim();
        this.logOnly = logOnly;
        this.logTokens = logTokens;
        this.smtpPort = smtpPort;
        this.username = username == null ? "" : username;
        this.password = password == null ? "" : password;
        this.starttls = starttls;
        this.from = from;
        this.dispatchInterval = dispatchInterval;
        this.claimLease = claimLease;
        this.retryInitialDelay = retryInitialDelay;
        this.retryMaxDelay = retryMaxDelay;
        this.maxAttempts = maxAttempts;
        this.batchSize = 20;
        // Far below the claim lease, so a claimed row is settled long before another node may claim it again.
        this.smtpTimeout = Duration.ofSeconds(Math.max(1, Math.min(30, claimLease.toSeconds() / 4)));
        this.nodeId = nodeId.length() > 64 ? nodeId.substring(0, 64) : nodeId;
    }

    private static String generatedNodeId() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            host = "node";
        }
        if (host.length() > 27) {
            host = host.substring(0, 27);
        }
        return host + "-" + UUID.randomUUID();
    }

    /**
     * @return whether emails are written to the log instead of sent ({@code org.mail.log-only=true}, development
     *         only: production refuses to start with it)
     */
    public boolean logOnly() {
        return logOnly;
    }

    /** @return whether the log shows invitation tokens ({@code org.mail.log-tokens}); redacted otherwise */
    public boolean logTokens() {
        return logTokens;
    }

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean starttls() {
        return starttls;
    }

    public String from() {
        return from;
    }

    /** @return how often the dispatcher looks for due emails */
    public Duration dispatchInterval() {
        return dispatchInterval;
    }

    /** @return how long a claimed row belongs to its node; another node may take it over only after that */
    public Duration claimLease() {
        return claimLease;
    }

    /** @return the wait after the first failed attempt; it doubles with every further failure */
    public Duration retryInitialDelay() {
        return retryInitialDelay;
    }

    /** @return the longest wait between two attempts */
    public Duration retryMaxDelay() {
        return retryMaxDelay;
    }

    /** @return attempts after which a row is given up as failed */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return rows claimed per round */
    public int batchSize() {
        return batchSize;
    }

    /** @return connect, read and write timeout of the SMTP connection */
    public Duration smtpTimeout() {
        return smtpTimeout;
    }

    /** @return this node's name in {@code claimed_by} */
    public String nodeId() {
        return nodeId;
    }

    /**
     * @param attempts failed attempts so far, at least 1
     * @return the wait before the next attempt: the initial delay doubled per earlier failure, capped
     */
    public Duration backoff(int attempts) {
        Duration delay = retryInitialDelay;
        for (int i = 1; i < attempts && delay.compareTo(retryMaxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }
}
