package io.orgkit.app.persistence;

import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Why the module's stores share an entity manager of their own ({@code TransactionEntityManagers}) instead of each
 * injecting {@code @PersistenceContext}: on Helidon 4.1.6, a container-managed entity manager first used outside a
 * request (start-up work, a scheduler thread) is later given a persistence context of its own inside a request's
 * transaction, apart from every other store's, against the JPA specification (one transaction, one persistence
 * context). A row one store wrote is then missing for the next.
 *
 * <p>The first test pins that behaviour: if it fails, the runtime keeps one context per transaction and the workaround
 * can be reconsidered. The second shows the module's entity manager in the same situation.
 */
@SharedServer
class ContainerManagedPersistenceContextTest {
    @Inject
    WebTarget target;
    @Inject
    ContainerManagedStores.Early early;

    @BeforeEach
    void useTheEarlyStoreOutsideARequest() throws InterruptedException {
        Thread thread = Thread.ofPlatform().start(early::readOutsideTransaction);
        thread.join();
    }

    @Test
    void containerManagedContextsSplitOnceOneWasUsedOutsideARequest() {
        assertEquals("missing", target.path("/test-persistence-context/container-managed").request().get(String.class),
                "Helidon now keeps one persistence context per transaction for @PersistenceContext: "
                        + "TransactionEntityManagers may no longer be needed");
    }

    @Test
    void theModulesEntityManagerKeepsOneContextPerTransaction() {
        assertEquals("shared", target.path("/test-persistence-context/module").request().get(String.class));
    }
}
