package io.orgkit.impl.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The runtime's JTA synchronization registry, by {@code @Resource} as Jakarta EE defines it. A runtime that does not
 * inject resources into CDI beans (Helidon's CDI has no resource injection) offers it as a CDI bean instead, which is
 * asked only then (on WildFly that bean is ambiguous). Creating this bean is the test of whether the runtime's naming
 * context is ready ({@link ModuleStartup}): Payara resolves {@code @Resource} through the web module's
 * {@code java:comp}, which does not exist yet when CDI starts.
 */
@ApplicationScoped
public class TransactionRegistry {
    @Resource
    private TransactionSynchronizationRegistry injected;

    private Instance<TransactionSynchronizationRegistry> beans;
    private TransactionSynchronizationRegistry registry;

    /**
     * For the container's client proxy.
     */
    protected TransactionRegistry() {
    }

    @Inject
    public TransactionRegistry(Instance<TransactionSynchronizationRegistry> beans) {
        this.beans = beans;
    }

    @PostConstruct
    void resolve() {
        registry = injected != null ? injected : beans.get();
    }

    /**
     * @return the registry
     */
    public TransactionSynchronizationRegistry get() {
        return registry;
    }
}
