package io.orgkit.app.persistence;

import java.time.Instant;
import java.util.UUID;

import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.OrgUnit;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One request, one JTA transaction, two stores: does a row one store wrote exist for the other? Rolled back at the end,
 * so it leaves nothing behind.
 */
@Path("/test-persistence-context")
@ApplicationScoped
@Produces(MediaType.TEXT_PLAIN)
public class PersistenceContextProbe {
    private ContainerManagedStores.Early early;
    private ContainerManagedStores.Late late;
    private EntityManager module;
    private TransactionSynchronizationRegistry registry;

    protected PersistenceContextProbe() {
    }

    @Inject
    public PersistenceContextProbe(ContainerManagedStores.Early early, ContainerManagedStores.Late late,
                                   @OrgUnit EntityManager module, TransactionSynchronizationRegistry registry) {
        this.early = early;
        this.late = late;
        this.module = module;
        this.registry = registry;
    }

    /**
     * @return what the late store saw of the early store's row: {@code shared} (the same managed instance),
     *         {@code copy} (the row, through another persistence context) or {@code missing}
     */
    @GET
    @Path("/container-managed")
    @PermitAll
    @Transactional
    public String containerManaged() {
        UserEntity user = newUser();
        early.persist(user);
        String seen = late.manages(user) ? "shared" : late.find(user.id()) != null ? "copy" : "missing";
        registry.setRollbackOnly();
        return seen;
    }

    /**
     * @return the same question for the module's own entity manager, used by both sides
     */
    @GET
    @Path("/module")
    @PermitAll
    @Transactional
    public String moduleEntityManager() {
        UserEntity user = newUser();
        module.persist(user);
        String seen = module.contains(user) ? "shared" : module.find(UserEntity.class, user.id()) != null ? "copy"
                : "missing";
        registry.setRollbackOnly();
        return seen;
    }

    private static UserEntity newUser() {
        String id = UUID.randomUUID().toString();
        return new UserEntity(id, id + "@probe.test", "Probe", "x", false, Instant.now());
    }
}
