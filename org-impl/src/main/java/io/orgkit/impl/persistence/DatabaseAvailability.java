package io.orgkit.impl.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Whether the database is reachable, as the module last saw it: a request that fails because the database cannot be
 * reached marks it down, and until a probe reaches it again every request is answered 503 with {@code Retry-After}
 * at once instead of waiting for the pool, the health check answers DOWN at once, and the probe alone talks to the
 * database (one attempt at a time, {@value #PROBE_PAUSE_MILLIS} ms apart, through a {@link DatabaseProbe} if the
 * runtime offers one, else through the pool). The pool's own connection
 * timeout bounds every wait; this keeps an outage from costing each request that whole timeout.
 *
 * <p>What counts as unreachable: a connection that could not be had (the pool timed out with a connection error as
 * its cause, SQL state class 08) or broke (a socket error). A pool merely exhausted by load does not count.
 */
@ApplicationScoped
public class DatabaseAvailability {
    private static final Logger LOG = Logger.getLogger(DatabaseAvailability.class.getName());
    /** The pause between probes while the database is down: long enough that the pool stops retrying in between. */
    static final long PROBE_PAUSE_MILLIS = 100;

    private DatabaseProbe probe;
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile long downSince;
    private volatile boolean stopped;

    /**
     * For the container's client proxy.
     */
    protected DatabaseAvailability() {
    }

    @Inject
    public DatabaseAvailability(ModuleDataSource dataSource, Instance<DatabaseProbe> probes) {
        this.probe = probes.isResolvable() ? probes.get() : () -> {
            try (Connection connection = dataSource.get().getConnection()) {
                return connection.isValid(1);
            }
        };
    }

    /**
     * @return whether the database is known to be unreachable now
     */
    public boolean down() {
        return down.get();
    }

    /**
     * Looks at a failure; if it says the database cannot be reached, marks it down and starts probing.
     *
     * @param failure anything a request or a task failed with
     * @return whether it was the database being unreachable
     */
    public boolean noteFailure(Throwable failure) {
        if (!unreachable(failure)) {
            return false;
        }
        if (down.compareAndSet(false, true)) {
            downSince = System.nanoTime();
            LOG.log(Level.WARNING, "The database cannot be reached; requests are refused with 503 until it answers "
                    + "again: " + failure);
            Thread.ofPlatform().daemon().name("orgkit-database-probe").start(this::probeUntilUp);
        }
        return true;
    }

    /**
     * @param failure anything
     * @return whether it, or a cause of it, is the pool giving no connection within its timeout (a busy server when the
     *         database is reachable: 503 with {@code Retry-After}, not a 500)
     */
    public static boolean poolTimedOut(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * @param failure anything
     * @return whether it, or a cause of it, says the database cannot be reached
     */
    public static boolean unreachable(Throwable failure) {
        return unreachable(failure, false, 0);
    }

    // A socket error counts only below a database error: a client that hung up is no database outage.
    private static boolean unreachable(Throwable failure, boolean fromDatabase, int depth) {
        boolean database = fromDatabase;
        int seen = depth;
        for (Throwable cause = failure; cause != null && seen < 20; cause = cause.getCause(), seen++) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (database && (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException || cause instanceof SocketException)) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                database = true;
                String state = sql.getSQLState();
                if (state != null && state.startsWith("08")) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && unreachable(next, true, seen + 1)) {
                    return true;
                }
            }
            if (cause instanceof jakarta.persistence.PersistenceException) {
                database = true;
            }
            // A transaction manager reports a commit that failed on a broken connection as a heuristic outcome with
            // the resource's error attached as suppressed.
            for (Throwable suppressed : cause.getSuppressed()) {
                if (unreachable(suppressed, database, seen + 1)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private void probeUntilUp() {
        while (down.get() && !stopped) {
            LockSupport.parkNanos(Duration.ofMillis(PROBE_PAUSE_MILLIS).toNanos());
            try {
                if (probe.reachable()) {
                    down.set(false);
                    LOG.info("The database answers again after "
                            + Duration.ofNanos(System.nanoTime() - downSince).toMillis() + " ms");
                }
            } catch (Exception stillDown) {
                LOG.log(Level.FINE, "The database is still unreachable", stillDown);
            }
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }
}
