package io.orgkit.app.web;

import java.util.Map;

import io.helidon.config.mp.MpConfigSources;
import io.orgkit.app.testing.HttpOnly;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server accepts connections only while file descriptors are left for everything else (Helidon's listener stops
 * for good when accept() fails for want of one) and only as many as its heap affords.
 */
@HttpOnly
class TcpConnectionLimitTest {
    @Test
    void theLimitLeavesAReserveOfDescriptors() {
        assertEquals(18_976, TcpConnectionLimitConfigSource.limitFor(20_000));
        assertEquals(3_072, TcpConnectionLimitConfigSource.limitFor(4_096));
        assertEquals(300, TcpConnectionLimitConfigSource.limitFor(600), "half of a small limit is kept back");
        assertEquals(Integer.MAX_VALUE, TcpConnectionLimitConfigSource.limitFor(Long.MAX_VALUE));
    }

    @Test
    void theHeapBoundsTheConnectionsToo() {
        long mib = 1024 * 1024;
        assertEquals(1_024, TcpConnectionLimitConfigSource.limitFor(1_048_576, 256 * mib), "4 per MiB of heap");
        assertEquals(300, TcpConnectionLimitConfigSource.limitFor(600, 256 * mib), "or fewer descriptors");
        assertEquals(64, TcpConnectionLimitConfigSource.limitFor(1_048_576, 8 * mib), "never fewer than 64");
        assertEquals(8_192, TcpConnectionLimitConfigSource.limitFor(-1, 2048 * mib), "the heap alone where unknown");
    }

    @Test
    void theServerConfigurationCarriesTheLimitOfThisProcess() {
        long descriptors = TcpConnectionLimitConfigSource.maxFileDescriptors();
        assertTrue(descriptors > 0, "a Unix file-descriptor count on the machines that run this build");
        int limit = ConfigProvider.getConfig().getValue(TcpConnectionLimitConfigSource.KEY, Integer.class);
        assertEquals(TcpConnectionLimitConfigSource.limitFor(descriptors, Runtime.getRuntime().maxMemory()), limit);
        assertTrue(limit < descriptors);
    }

    @Test
    void anExplicitSettingWins() {
        ConfigSource yaml = MpConfigSources.create("an application.yaml",
                Map.of(TcpConnectionLimitConfigSource.KEY, "77", ConfigSource.CONFIG_ORDINAL, "100"));
        Config config = ConfigProviderResolver.instance().getBuilder()
                .withSources(new TcpConnectionLimitConfigSource(20_000, Runtime.getRuntime().maxMemory()), yaml)
                .build();
        assertEquals(77, config.getValue(TcpConnectionLimitConfigSource.KEY, Integer.class));
    }
}
