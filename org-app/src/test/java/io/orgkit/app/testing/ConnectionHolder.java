package io.orgkit.app.testing;

import java.time.Duration;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Holds a pooled connection for a while, the way a slow transaction does: a transaction keeps its one connection
 * from its first statement to its end, and goes on using it.
 */
@ApplicationScoped
public class ConnectionHolder {
    @Inject
    @OrgUnit
    EntityManager em;

    @Transactional
    public void hold(Duration duration) throws InterruptedException {
        em.createNativeQuery("SELECT COUNT(*) FROM orgkit_organization").getSingleResult();
        Thread.sleep(duration);
        // A statement after the wait: the transaction works on while other requests queue for connections.
        em.createNativeQuery("SELECT COUNT(*) FROM orgkit_user").getSingleResult();
    }
}
