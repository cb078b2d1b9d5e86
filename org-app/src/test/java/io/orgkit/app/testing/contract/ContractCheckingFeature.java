package io.orgkit.app.testing.contract;

import jakarta.annotation.Priority;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link ContractCheckingClientFilter} on every Jersey client of the test JVM, whoever builds it (Helidon's
 * test extension builds the injected {@code WebTarget}). The server's own Jersey runs in the same JVM and is left
 * alone. Listed in {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}.
 */
@Priority(Integer.MAX_VALUE)
public class ContractCheckingFeature implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() == RuntimeType.CLIENT
                && !context.getConfiguration().isRegistered(ContractCheckingClientFilter.class)) {
            context.register(ContractCheckingClientFilter.class);
        }
    }
}
