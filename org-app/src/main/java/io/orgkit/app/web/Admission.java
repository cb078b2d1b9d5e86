package io.orgkit.app.web;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the server lets in, so that overload costs it neither its memory nor its fast answers:
 * <ul>
 *   <li>at most {@code org.http.max-concurrent-requests} API requests in progress, counted from when the request is
 *       ready to run (its body read), so that a slow client holds no slot;</li>
 *   <li>at most {@code org.http.max-client-requests} requests of one client address in progress, body reading
 *       included (counted in the web server's routing, by {@link ArrivalFilter}), so that one client cannot hold
 *       every connection's worth of work;</li>
 *   <li>a request that waited longer than {@code org.http.max-wait} before any work was done on it is refused, since
 *       its client is likely gone or about to give up, and waiting longer only makes the next one wait more;</li>
 *   <li>a body must arrive within {@code org.http.body-timeout}.</li>
 * </ul>
 * Refusals are answered at once: 503 with {@code Retry-After} for the server's limits, 429 for the client's own.
 */
@ApplicationScoped
public class Admission {
    private Semaphore permits;
    private int maxClientRequests;
    private long maxWaitNanos;
    private Duration bodyTimeout;
    private final ConcurrentHashMap<String, Integer> clients = new ConcurrentHashMap<>();
    private QueueDelay queueDelay;

    /**
     * For the container's client proxy.
     */
    protected Admission() {
    }

    /**
     * @param maxConcurrentRequests requests in progress at once; zero or less for no limit
     * @param maxClientRequests     requests of one client address in progress at once, body reading included; zero or
     *                              less for no limit
     * @param maxWait               longest wait before a request's work begins; zero for no limit
     * @param bodyTimeout           longest time to receive a request body
     */
    @Inject
    public Admission(@ConfigProperty(name = "org.http.max-concurrent-requests", defaultValue = "128")
                     int maxConcurrentRequests,
                     @ConfigProperty(name = "org.http.max-client-requests", defaultValue = "64") int maxClientRequests,
                     @ConfigProperty(name = "org.http.max-wait", defaultValue = "PT0.03S") Duration maxWait,
                     @ConfigProperty(name = "org.http.body-timeout", defaultValue = "PT10S") Duration bodyTimeout) {
        this.permits = maxConcurrentRequests > 0 ? new Semaphore(maxConcurrentRequests) : null;
        this.maxClientRequests = maxClientRequests;
        this.maxWaitNanos = maxWait.isNegative() || maxWait.isZero() ? Long.MAX_VALUE : maxWait.toNanos();
        this.bodyTimeout = bodyTimeout;
        this.queueDelay = new QueueDelay();
    }

    /**
     * @return how long a request arriving now waits before the server runs any of its code, in nanoseconds
     */
    public long queueDelayNanos() {
        return queueDelay.nanos();
    }

    /**
     * @return the least such delay over the last 100 ms: a queue that stood that long, not a burst
     */
    public long standingQueueDelayNanos() {
        return queueDelay.standingNanos();
    }

    /**
     * @param waitedNanos how long a request has waited so far without any work done on it
     * @return whether it waited too long and is to be refused
     */
    public boolean waitedTooLong(long waitedNanos) {
        return waitedNanos > maxWaitNanos;
    }

    /**
     * @return whether every slot is taken now (a hint for refusing early; {@link #tryEnter()} decides)
     */
    public boolean full() {
        return permits != null && permits.availablePermits() == 0;
    }

    /**
     * @return whether the request may run now; if so, it must {@link #leave()} once answered
     */
    public boolean tryEnter() {
        return permits == null || permits.tryAcquire();
    }

    public void leave() {
        if (permits != null) {
            permits.release();
        }
    }

    /**
     * @param client the client's address
     * @return whether that client may start one more request; if so, it must {@link #clientLeft(String)} once answered
     */
    public boolean clientEnters(String client) {
        if (maxClientRequests <= 0) {
            return true;
        }
        boolean[] admitted = {false};
        clients.compute(client, (address, inProgress) -> {
            int now = inProgress == null ? 0 : inProgress;
            if (now >= maxClientRequests) {
                return inProgress;
            }
            admitted[0] = true;
            return now + 1;
        });
        return admitted[0];
    }

    public void clientLeft(String client) {
        if (maxClientRequests <= 0) {
            return;
        }
        clients.computeIfPresent(client, (address, inProgress) -> inProgress <= 1 ? null : inProgress - 1);
    }

    /**
     * @return the longest time a request body may take to arrive
     */
    public Duration bodyTimeout() {
        return bodyTimeout;
    }

    /**
     * @return slots free now, or -1 without a limit (for tests and diagnostics)
     */
    public int available() {
        return permits == null ? -1 : permits.availablePermits();
    }

    /**
     * @return client addresses with a request in progress now (for tests and diagnostics)
     */
    public int clientsInProgress() {
        return clients.size();
    }

    @PreDestroy
    void stop() {
        queueDelay.close();
    }
}
