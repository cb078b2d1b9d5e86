package io.orgkit.app.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the server lets in, so that overload costs it neither its memory nor its fast answers:
 * <ul>
 *   <li>at most {@code org.http.max-concurrent-requests} API requests in progress, counted from when the request is
 *       ready to run (its body read), so that a slow client holds no slot;</li>
 *   <li>of those, at most {@code org.http.max-running-requests} run at once (four per processor by default); the
 *       others wait for a turn in arrival order, parked, so that the scheduler's queue holds a few requests' work and
 *       a new arrival is seen (and, under overload, refused) within milliseconds rather than after everything
 *       admitted before it;</li>
 *   <li>at most {@code org.http.max-client-requests} requests of one client address in progress, body reading
 *       included (counted in the web server's routing, by {@link ArrivalFilter}), so that one client cannot hold
 *       every connection's worth of work;</li>
 *   <li>a request that waited longer than {@code org.http.max-wait} before any work was done on it is refused, since
 *       the CPU's queue stands that long only under overload, and waiting longer only makes the next one wait more;</li>
 *   <li>a request that would wait longer than {@code org.http.max-turn-wait} (by default as long as {@code max-wait})
 *       for its turn to run, judged from how long the running requests take, is refused at once rather than after its
 *       wait. A separate bound because the two trade differently: a longer line serves a few clients that send slow
 *       writes one after the other (turns of tens of milliseconds) instead of refusing them, but under overload it
 *       fills every slot and slows the refusals (docs/performance.md, "Turns");</li>
 *   <li>a body must arrive within {@code org.http.body-timeout}.</li>
 * </ul>
 * Refusals are answered at once: 503 with {@code Retry-After} for the server's limits, 429 for the client's own.
 */
@ApplicationScoped
public class Admission {
    /** The detail of a 503 for the server's own limits, wherever the request is refused. */
    static final String BUSY = "The server is busy; retry in a moment";

    private Semaphore permits;
    private int maxClientRequests;
    private long maxWaitNanos;
    private long maxTurnWaitNanos;
    private Duration bodyTimeout;
    private final ConcurrentHashMap<String, Integer> clients = new ConcurrentHashMap<>();
    private QueueDelay queueDelay;
    private Semaphore turns;
    private int maxRunning;
    // How long a request holds its turn, a moving average: what the next in line waits is its place times this, shared
    // among the turns.
    private final AtomicLong turnNanos = new AtomicLong();

    /**
     * For the container's client proxy.
     */
    protected Admission() {
    }

    /**
     * @param maxConcurrentRequests requests in progress at once; zero or less for no limit
     * @param maxClientRequests     requests of one client address in progress at once, body reading included; zero or
     *                              less for no limit
     * @param maxRunningRequests    of those, requests running at once, the others waiting for a turn in arrival order;
     *                              absent: four per processor; zero or less for no limit
     * @param maxWait               longest wait before a request's work begins; zero for no limit
     * @param maxTurnWait           longest wait for a turn to run, what it waited before included; zero for no limit
     * @param bodyTimeout           longest time to receive a request body
     */
    @Inject
    public Admission(@ConfigProperty(name = "org.http.max-concurrent-requests", defaultValue = "128")
                     int maxConcurrentRequests,
                     @ConfigProperty(name = "org.http.max-client-requests", defaultValue = "64") int maxClientRequests,
                     @ConfigProperty(name = "org.http.max-running-requests") Optional<Integer> maxRunningRequests,
                     @ConfigProperty(name = "org.http.max-wait", defaultValue = "PT0.03S") Duration maxWait,
                     @ConfigProperty(name = "org.http.max-turn-wait", defaultValue = "PT0.03S") Duration maxTurnWait,
                     @ConfigProperty(name = "org.http.body-timeout", defaultValue = "PT10S") Duration bodyTimeout) {
        this.permits = maxConcurrentRequests > 0 ? new Semaphore(maxConcurrentRequests) : null;
        this.maxRunning = maxRunningRequests.orElse(4 * Runtime.getRuntime().availableProcessors());
        // Fair: the turns go in arrival order. Without a limit, more turns than requests can be in progress.
        this.turns = new Semaphore(maxRunning > 0 ? maxRunning : Integer.MAX_VALUE, true);
        this.maxClientRequests = maxClientRequests;
        this.maxWaitNanos = nanosOrNoLimit(maxWait);
        this.maxTurnWaitNanos = nanosOrNoLimit(maxTurnWait);
        this.bodyTimeout = bodyTimeout;
        this.queueDelay = new QueueDelay();
    }

    private static long nanosOrNoLimit(Duration limit) {
        return limit.isNegative() || limit.isZero() ? Long.MAX_VALUE : limit.toNanos();
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
     * Waits, parked and in arrival order, for a turn to run, as long as the request may still wait.
     *
     * @param waitedNanos how long the request has waited so far without any work done on it
     * @return the turn, to be {@link Turn#close() closed} once the answer is sent; empty if the request is to be
     *         refused: it waited too long, or its wait would have taken it past {@code org.http.max-turn-wait}
     */
    public Optional<Turn> takeTurn(long waitedNanos) {
        long left = maxTurnWaitNanos == Long.MAX_VALUE ? Long.MAX_VALUE : maxTurnWaitNanos - waitedNanos;
        try {
            // tryAcquire() would take a free turn ahead of those waiting; a zero wait keeps the order.
            if (turns.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return Optional.of(new Turn());
            }
            if (left <= 0 || waitForPlace(turns.getQueueLength() + 1) > left) {
                return Optional.empty();
            }
            return turns.tryAcquire(left, TimeUnit.NANOSECONDS) ? Optional.of(new Turn()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    // How long a request that asked for a turn now would wait for it (zero while a turn is free, as it always is without
    // a limit).
    private long expectedWaitNanos() {
        return turns.availablePermits() > 0 ? 0 : waitForPlace(turns.getQueueLength() + 1);
    }

    // The wait of the request at this place in line: its place times how long a turn takes, shared among the turns.
    private long waitForPlace(int place) {
        return place * turnNanos.get() / maxRunning;
    }

    /**
     * @return whether the request would wait longer than {@code org.http.max-turn-wait} for its turn
     */
    public boolean turnTooFar() {
        return expectedWaitNanos() > maxTurnWaitNanos;
    }

    /** A request's turn to run: closing it gives the turn to the next in line. */
    public final class Turn implements AutoCloseable {
        private long since = System.nanoTime();
        private long heldNanos;
        private boolean holding = true;
        private boolean closed;

        private Turn() {
        }

        /**
         * Gives the turn to the next in line while the request waits for something that is not running (a hashing
         * turn); {@link #resume()} takes one again, in line.
         */
        public synchronized void stepAside() {
            if (closed || !holding) {
                return;
            }
            holding = false;
            heldNanos += System.nanoTime() - since;
            turns.release();
        }

        /** Takes a turn again after {@link #stepAside()}, waiting in line as long as it takes: the work has begun. */
        public void resume() {
            synchronized (this) {
                if (closed || holding) {
                    return;
                }
            }
            turns.acquireUninterruptibly();
            synchronized (this) {
                holding = true;
                since = System.nanoTime();
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (holding) {
                heldNanos += System.nanoTime() - since;
                turns.release();
            }
            long held = heldNanos;
            turnNanos.accumulateAndGet(held, (average, sample) -> average == 0 ? sample : average + (sample - average) / 16);
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
     * @return turns free now, or -1 without a limit (for tests and diagnostics)
     */
    public int turnsAvailable() {
        return maxRunning > 0 ? turns.availablePermits() : -1;
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
