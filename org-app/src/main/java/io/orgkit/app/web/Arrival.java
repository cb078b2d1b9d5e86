package io.orgkit.app.web;

import java.util.Optional;

import io.helidon.common.context.Contexts;

/**
 * When a request arrived, as {@link ArrivalFilter} estimated it where the web server first ran code for it: that
 * moment less the scheduler's queue delay then, which the request had already spent waiting.
 *
 * @param nanos      {@link System#nanoTime()} at arrival
 * @param firstSeen  {@link System#nanoTime()} when the server's first code saw it
 * @param standing   the scheduler's standing delay then ({@link QueueDelay#standingNanos()}): what the request is taken
 *                   to have waited before it was seen, for the decision to refuse it
 */
record Arrival(long nanos, long firstSeen, long standing) {
    /**
     * @return the current request's arrival, if the web server's filter stamped one (it runs for every route)
     */
    static Optional<Arrival> ofCurrentRequest() {
        return Contexts.context().flatMap(context -> context.get(Arrival.class));
    }
}
