package io.orgkit.app.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How long a request waits now before the server runs any of its code: the delay of the virtual-thread scheduler,
 * measured by starting a small virtual thread every few milliseconds and timing how long it takes to run.
 *
 * <p>Why: every connection of the web server is a virtual thread. When the CPU is the bottleneck, a request that has
 * arrived waits in the scheduler's queue before its thread parses a byte, so the first code that sees it cannot tell
 * how long it waited. The probe waits in the same queue; its delay is what a request arriving now waits too. While a
 * probe is still waiting, the delay is at least its age, so a growing queue shows at once, not when it has drained.
 */
final class QueueDelay implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(QueueDelay.class.getName());
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Thread probe;
    private volatile long lastDelayNanos;
    /** When the probe now waiting was started, or 0 when none waits. */
    private volatile long waitingSince;
    private volatile boolean running = true;

    QueueDelay() {
        probe = Thread.ofPlatform().daemon().name("orgkit-queue-delay").unstarted(this::run);
        probe.start();
    }

    /**
     * @return the scheduler's delay now: the last probe's, or the age of the probe still waiting when that is more
     */
    long nanos() {
        long since = waitingSince;
        long waiting = since == 0 ? 0 : System.nanoTime() - since;
        return Math.max(waiting, lastDelayNanos);
    }

    Duration now() {
        return Duration.ofNanos(nanos());
    }

    private void run() {
        while (running) {
            long started = System.nanoTime();
            waitingSince = started;
            try {
                Thread.ofVirtual().start(() -> {
                    lastDelayNanos = System.nanoTime() - started;
                    waitingSince = 0;
                }).join();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The queue-delay probe failed", e);
            }
            LockSupport.parkNanos(INTERVAL_NANOS);
        }
    }

    @Override
    public void close() {
        running = false;
        probe.interrupt();
    }
}
