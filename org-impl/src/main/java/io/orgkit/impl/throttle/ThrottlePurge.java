package io.orgkit.impl.throttle;

import java.time.Instant;

import io.orgkit.impl.persistence.Purgeable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Forgets throttle counters whose window has ended.
 */
@ApplicationScoped
public class ThrottlePurge implements Purgeable {
    private JpaThrottleStore store;

    /**
     * For the container's client proxy.
     */
    protected ThrottlePurge() {
    }

    @Inject
    public ThrottlePurge(JpaThrottleStore store) {
        this.store = store;
    }

    @Override
    public String what() {
        return "ended throttle windows";
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant now, int limit) {
        return store.purgeExpired(now, limit);
    }
}
