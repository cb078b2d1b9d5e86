package io.orgkit.app.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread, through a session event listener that only tests register:
 * production code is not wrapped or changed. A request is served on one thread (authentication and resource), so the
 * statements of the thread that ran a request's characteristic query are that request's statements, whatever other
 * threads do meanwhile.
 */
@ApplicationScoped
public class SqlStatementCounter {
    private final Map<Thread, List<String>> statements = new ConcurrentHashMap<>();
    private volatile boolean installed;
    private volatile boolean recording;

    @Inject
    @OrgUnit
    EntityManager em;

    /** Registers the listener on the persistence unit's server session, once. */
    @Transactional
    public synchronized void install() {
        if (installed) {
            return;
        }
        em.unwrap(JpaEntityManager.class).getServerSession().getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                if (recording) {
                    statements.computeIfAbsent(Thread.currentThread(), thread -> Collections.synchronizedList(new ArrayList<>()))
                            .add(sql(event.getCall()));
                }
            }
        });
        installed = true;
    }

    /** Forgets what was counted and starts counting. */
    public void start() {
        statements.clear();
        recording = true;
    }

    /**
     * Stops counting.
     *
     * @param marker text of a statement only the measured request runs
     * @return the statements of the one thread that ran a statement containing the marker
     */
    public List<String> stop(String marker) {
        recording = false;
        List<List<String>> matching = statements.values().stream()
                .filter(list -> list.stream().anyMatch(sql -> sql.contains(marker)))
                .toList();
        if (matching.size() != 1) {
            throw new AssertionError("Expected one request thread to run '" + marker + "', found " + matching.size()
                    + ": " + statements.values());
        }
        return List.copyOf(matching.getFirst());
    }

    private static String sql(Call call) {
        if (call instanceof DatabaseCall databaseCall && databaseCall.getSQLString() != null) {
            return databaseCall.getSQLString();
        }
        return String.valueOf(call);
    }
}
