package io.orgkit.impl.organization;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Organization settings.
 */
@ApplicationScoped
public class OrganizationSettings {
    private Duration restoreWindow;
    private boolean founding;
    private int maxFoundedPerUser;

    /**
     * For the container's client proxy.
     */
    protected OrganizationSettings() {
    }

    @Inject
    public OrganizationSettings(
            @ConfigProperty(name = "org.organizations.restore-window", defaultValue = "P30D") Duration restoreWindow,
            @ConfigProperty(name = "org.organizations.founding", defaultValue = "false") boolean founding,
            @ConfigProperty(name = "org.organizations.max-founded-per-user", defaultValue = "3") int maxFoundedPerUser) {
        this.restoreWindow = restoreWindow;
        this.founding = founding;
        this.maxFoundedPerUser = maxFoundedPerUser;
    }

    /** @return whether users may found organizations of their own */
    public boolean founding() {
        return founding;
    }

    /** @return how many organizations one user may have founded (and not deleted) */
    public int maxFoundedPerUser() {
        return maxFoundedPerUser;
    }

    /** @return how long a deleted organization can be restored before the purge deletes it for good */
    public Duration restoreWindow() {
        return restoreWindow;
    }
}
