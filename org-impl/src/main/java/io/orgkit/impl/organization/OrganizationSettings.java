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

    /**
     * For the container's client proxy.
     */
    protected OrganizationSettings() {
    }

    @Inject
    public OrganizationSettings(
            @ConfigProperty(name = "org.organizations.restore-window", defaultValue = "P30D") Duration restoreWindow) {
        this.restoreWindow = restoreWindow;
    }

    /** @return how long a deleted organization can be restored before the purge deletes it for good */
    public Duration restoreWindow() {
        return restoreWindow;
    }
}
