package io.orgkit.helidon;

import io.helidon.common.config.Config;
import io.helidon.security.spi.SecurityProvider;
import io.helidon.security.spi.SecurityProviderService;

/**
 * Registers {@link OrgAuthenticationProvider} under {@code security.providers: - orgkit:}.
 */
public class OrgAuthenticationProviderService implements SecurityProviderService {
    /** The provider's key in {@code security.providers}. */
    public static final String CONFIG_KEY = "orgkit";

    @Override
    public String providerConfigKey() {
        return CONFIG_KEY;
    }

    @Override
    public Class<? extends SecurityProvider> providerClass() {
        return OrgAuthenticationProvider.class;
    }

    @Override
    public SecurityProvider providerInstance(Config config) {
        return new OrgAuthenticationProvider();
    }
}
