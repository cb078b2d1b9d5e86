package io.orgkit.impl.persistence;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
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

    private List<Purgeable> purgeables;
    private SystemTime time;
    private Duration interval;
    private int batchSize;
    private PeriodicWork periodic;

    /**
     * For the container's client proxy.
     */
    protected BackgroundPurge() {
    }

    @Inject
    public BackgroundPurge(Instance<Purgeable> purgeables, SystemTime time,
                           @ConfigProperty(name = "org.purge.interval", defaultValue = "PT10M") Duration interval,
                           @ConfigProperty(name = "org.purge.batch-size", defaultValue = "500") int batchSize,
                           PeriodicWork periodic) {
        this.purgeables = purgeables.stream().toList();
        this.time = time;
        this.interval = interval;
        this.batchSize = Math.max(1, batchSize);
        this.periodic = periodic;
    }

    void start(@Observes DatabaseReady event) {
        periodic.repeat("orgkit-purge", Duration.ofMillis(Math.max(1000, interval.toMillis())), this::purgeSafely);
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
