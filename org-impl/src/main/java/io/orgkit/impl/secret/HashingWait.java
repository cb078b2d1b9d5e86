package io.orgkit.impl.secret;

import java.util.function.Supplier;

/**
 * What a host does while one of its requests waits for, and runs, a password hash: a server that lets a few requests
 * run at a time (the standalone server's turns) steps the request aside, so that logins queued behind the hashes'
 * own limit do not hold turns that other requests could run in. Optional: without such a bean the hash runs as is.
 */
public interface HashingWait {
    /**
     * @param hashing waits for a hashing turn, then hashes; runs on the calling thread
     * @param <T>     what it returns
     * @return what {@code hashing} returned
     */
    <T> T aside(Supplier<T> hashing);
}
