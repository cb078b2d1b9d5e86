package io.orgkit.app.web;

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
 *
 * <p>{@link #standingNanos()} is the least delay over the last {@value #WINDOW_MILLIS} ms, as CoDel judges a queue: a
 * burst that drains (a closed loop of clients at full capacity, a collection pause) is not overload; a queue that did
 * not fall below the limit for a whole window is.
 */
final class QueueDelay implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(QueueDelay.class.getName());
    private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    static final long WINDOW_MILLIS = 100;
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS);
    private static final int SAMPLES = 64;

    // The last probes' delays and when they ran, a ring written by the probe thread only.
    private final long[] delays = new long[SAMPLES];
    private final long[] times = new long[SAMPLES];
    private volatile int written;

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

    /**
     * @return the least delay of the last {@value #WINDOW_MILLIS} ms (a probe still waiting counts with its age)
     */
    long standingNanos() {
        long now = System.nanoTime();
        long since = waitingSince;
        long least = since == 0 ? Long.MAX_VALUE : now - since;
        int count = written;
        for (int i = 0; i < Math.min(count, SAMPLES); i++) {
            int slot = (count - 1 - i) % SAMPLES;
            if (now - times[slot] > WINDOW_NANOS) {
                break;
            }
            least = Math.min(least, delays[slot]);
        }
        return least == Long.MAX_VALUE ? lastDelayNanos : least;
    }

    private void run() {
        while (running) {
            long started = System.nanoTime();
            waitingSince = started;
            try {
                Thread.ofVirtual().start(() -> {
                    long ran = System.nanoTime();
                    int slot = written % SAMPLES;
                    delays[slot] = ran - started;
                    times[slot] = ran;
                    lastDelayNanos = ran - started;
                    waitingSince = 0;
                    written = written + 1;
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
