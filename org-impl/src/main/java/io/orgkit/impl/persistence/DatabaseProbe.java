package io.orgkit.impl.persistence;

/**
 * How {@link DatabaseAvailability} asks whether an unreachable database answers again. Without a bean of this type it
 * borrows a connection from the module's pool; a runtime that knows how to reach the database directly can offer one
 * that leaves the pool alone, so that the pool is not kept retrying (and backing off) while the database is away.
 */
@FunctionalInterface
public interface DatabaseProbe {
    /**
     * @return whether the database answered, within about a second
     * @throws Exception if it could not be reached
     */
    boolean reachable() throws Exception;
}
