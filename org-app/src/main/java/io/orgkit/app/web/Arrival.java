package io.orgkit.app.web;

import java.util.Optional;

import io.helidon.common.context.Contexts;

/**
 * When a request arrived, as {@link ArrivalFilter} estimated it where the web server first ran code for it: that
 * moment less the scheduler's queue delay then, which the request had already spent waiting.
 *
 * @param nanos {@link System#nanoTime()} at arrival
 */
record Arrival(long nanos) {
    /**
     * @return the current request's arrival, if the web server's filter stamped one (it runs for every route)
     */
    static Optional<Arrival> ofCurrentRequest() {
        return Contexts.context().flatMap(context -> context.get(Arrival.class));
    }
}
