package io.orgkit.impl.security;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Calls {@link CredentialUse} and swallows its failure: authentication must not fail because bookkeeping did.
 */
@ApplicationScoped
public class CredentialUseRecorder {
    /** Records a session's use. */
    public static final String SESSION = "UPDATE orgkit_session SET last_seen_at = ? WHERE id = ?";
    /** Records an API key's use. */
    public static final String API_KEY = "UPDATE orgkit_api_key SET last_used_at = ? WHERE id = ?";

    private static final Logger LOG = Logger.getLogger(CredentialUseRecorder.class.getName());

    private CredentialUse use;
    // Concurrent requests of one credential all read the same stale time of last use; one of them writing it is
    // enough, and the others must not queue on the row's lock (nor each take a pooled connection to do so).
    private final Set<String> recording = ConcurrentHashMap.newKeySet();

    /**
     * For the container's client proxy.
     */
    protected CredentialUseRecorder() {
    }

    @Inject
    public CredentialUseRecorder(CredentialUse use) {
        this.use = use;
    }

    /**
     * @param sql {@link #SESSION} or {@link #API_KEY}
     * @param id  the row
     * @param now the current time
     */
    public void record(String sql, String id, Instant now) {
        if (!recording.add(id)) {
            return;
        }
        try {
            use.record(sql, id, now);
        } catch (RuntimeException e) {
            // The next request records the use.
            LOG.log(Level.FINE, "Use of " + id + " not recorded this time", e);
        } finally {
            recording.remove(id);
        }
    }
}
