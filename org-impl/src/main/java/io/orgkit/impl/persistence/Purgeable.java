package io.orgkit.impl.persistence;

import java.time.Instant;

/**
 * Rows that outlive their use (expired sessions, ended throttle windows, replaced tokens, settled emails): each feature
 * that writes such rows provides one, and {@link BackgroundPurge} deletes them in bounded batches.
 */
public interface Purgeable {

    /**
     * @return what is deleted, for the log: {@code "expired sessions"}
     */
    String what();

    /**
     * Deletes, in a transaction of its own, at most {@code limit} rows that are of no use any more.
     *
     * @param now   the current time
     * @param limit the most rows to delete
     * @return how many were deleted
     */
    int purge(Instant now, int limit);
}
