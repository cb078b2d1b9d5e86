package io.orgkit.impl.persistence;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;

/**
 * Runs the module's periodic work (the mail dispatcher, the purge) on the Jakarta EE default managed scheduled
 * executor where the runtime has one, whose threads carry the application's context (naming, class loader) and which
 * the runtime manages; elsewhere (Helidon, which injects no resources) each task gets a daemon thread of its own.
 * Everything scheduled stops with the application, and pauses while the database is known to be unreachable.
 */
@ApplicationScoped
public class PeriodicWork {
    /** The JNDI name of the Jakarta EE default managed scheduled executor. */
    public static final String MANAGED_EXECUTOR = "java:comp/DefaultManagedScheduledExecutorService";

    @Resource(lookup = MANAGED_EXECUTOR)
    private ScheduledExecutorService managed;

    private final List<ScheduledExecutorService> owned = new CopyOnWriteArrayList<>();
    private final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();
    private DatabaseAvailability database;

    /**
     * For the container's client proxy.
     */
    protected PeriodicWork() {
    }

    @Inject
    public PeriodicWork(DatabaseAvailability database) {
        this.database = database;
    }

    /**
     * @return whether the work runs on the runtime's managed executor
     */
    public boolean managed() {
        return managed != null;
    }

    /**
     * Runs a task again and again, each run the interval after the previous one ended, the first an interval from now.
     *
     * @param name     what it is, for its thread's name where it gets one
     * @param interval the pause between runs
     * @param task     the task; it should catch what it can recover from, since a throw ends the repetition
     */
    public void repeat(String name, Duration interval, Runnable task) {
        ScheduledExecutorService executor = managed;
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
            owned.add(executor);
        }
        long millis = interval.toMillis();
        // No round while the database is known to be away: the pool, left alone, stops reconnecting, and the first
        // request after the database returns connects at once (DatabaseAvailability).
        Runnable round = () -> {
            if (!database.down()) {
                task.run();
            }
        };
        scheduled.add(executor.scheduleWithFixedDelay(round, millis, millis, TimeUnit.MILLISECONDS));
    }

    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        // A managed executor belongs to the runtime: its tasks are cancelled, never the executor shut down.
        scheduled.forEach(future -> future.cancel(true));
        for (ScheduledExecutorService executor : owned) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
