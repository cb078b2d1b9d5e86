package io.orgkit.impl.persistence;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code org.purge.interval}, deletes what has outlived its use (every {@link Purgeable}), so that no table grows
 * without bound whatever clients do (logins with ever new emails, for one). Deletes run in batches of
 * {@code org.purge.batch-size} rows, each its own short transaction, at most {@value #MAX_BATCHES} batches per kind
 * and round: the purge never holds a lock for long, and a backlog is worked off over several rounds. Every node runs
 * it; deleting what another node deleted first costs nothing.
 */
@ApplicationScoped
public class BackgroundPurge {
    /** Batches per kind of row and round. */
    public static final int MAX_BATCHES = 20;

    private static final Logger LOG = Logger.getLogger(BackgroundPurge.class.getName());

    private final List<Purgeable> purgeables;
    private final SystemTime time;
    private final Duration interval;
    private final int batchSize;
    private ScheduledExecutorService executor;

    @Inject
    public BackgroundPurge(Instance<Purgeable> purgeables, SystemTime time,
                           @ConfigProperty(name = "org.purge.interval", defaultValue = "PT10M") Duration interval,
                           @ConfigProperty(name = "org.purge.batch-size", defaultValue = "500") int batchSize) {
        this.purgeables = purgeables.stream().toList();
        this.time = time;
        this.interval = interval;
        this.batchSize = Math.max(1, batchSize);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long millis = Math.max(1000, interval.toMillis());
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "orgkit-purge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::purgeSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void purgeSafely() {
        try {
            Map<String, Integer> deleted = purgeOnce();
            if (deleted.values().stream().anyMatch(count -> count > 0)) {
                LOG.fine(() -> "Purged " + deleted);
            }
        } catch (RuntimeException e) {
            // The database may be briefly unavailable; the next round tries again.
            LOG.log(Level.WARNING, "Purge round failed", e);
        }
    }

    /**
     * One round: each kind of row in batches, until a batch comes back short or {@value #MAX_BATCHES} were deleted.
     *
     * @return rows deleted by kind
     */
    public Map<String, Integer> purgeOnce() {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (Purgeable purgeable : purgeables) {
            int total = 0;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int count = purgeable.purge(time.now(), batchSize);
                total += count;
                if (count < batchSize || Thread.currentThread().isInterrupted()) {
                    break;
                }
            }
            deleted.put(purgeable.what(), total);
        }
        return deleted;
    }
}
