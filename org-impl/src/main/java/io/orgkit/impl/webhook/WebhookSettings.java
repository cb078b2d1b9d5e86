package io.orgkit.impl.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;

import io.orgkit.impl.security.ProductionSafety;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Webhook settings ({@code org.webhooks.*}); see docs/audit-and-webhooks.md.
 */
@ApplicationScoped
public class WebhookSettings {
    private boolean production;
    private Duration dispatchInterval;
    private Duration timeout;
    private Duration initialDelay;
    private Duration maxDelay;
    private Duration disableAfter;
    private Duration claimLease;
    private int batchSize;
    private String nodeId;

    /**
     * For the container's client proxy.
     */
    protected WebhookSettings() {
    }

    @Inject
    public WebhookSettings(Config config) {
        this.production = ProductionSafety.isProduction(key -> config.getOptionalValue(key, String.class));
        this.dispatchInterval = duration(config, "org.webhooks.dispatch-interval", "PT2S");
        this.timeout = duration(config, "org.webhooks.timeout", "PT10S");
        this.initialDelay = duration(config, "org.webhooks.retry-initial-delay", "PT10S");
        this.maxDelay = duration(config, "org.webhooks.retry-max-delay", "PT1H");
        this.disableAfter = duration(config, "org.webhooks.disable-after", "P3D");
        this.claimLease = duration(config, "org.webhooks.claim-lease", "PT2M");
        this.batchSize = config.getOptionalValue("org.webhooks.batch-size", Integer.class).orElse(50);
        this.nodeId = config.getOptionalValue("org.webhooks.node-id", String.class).orElseGet(WebhookSettings::node);
    }

    private static Duration duration(Config config, String key, String fallback) {
        return Duration.parse(config.getOptionalValue(key, String.class).orElse(fallback));
    }

    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "node";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** @return whether URLs must be https with public addresses */
    public boolean production() {
        return production;
    }

    public Duration dispatchInterval() {
        return dispatchInterval;
    }

    /** @return how long one delivery may take, connecting and answering included */
    public Duration timeout() {
        return timeout;
    }

    /** @return a webhook whose deliveries all failed for this long is disabled */
    public Duration disableAfter() {
        return disableAfter;
    }

    public Duration claimLease() {
        return claimLease;
    }

    public int batchSize() {
        return batchSize;
    }

    public String nodeId() {
        return nodeId;
    }

    /**
     * @param attempts failed attempts so far
     * @return the wait before the next: the initial delay doubled for each earlier failure, at most the maximum
     */
    public Duration backoff(int attempts) {
        Duration delay = initialDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
