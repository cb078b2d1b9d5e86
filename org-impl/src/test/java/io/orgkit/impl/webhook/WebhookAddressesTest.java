package io.orgkit.impl.webhook;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookAddressesTest {

    @Test
    void productionRefusesPlainHttpAndEveryNonPublicAddress() {
        assertTrue(WebhookAddresses.refusal("http://93.184.216.34/hook", true).orElseThrow().contains("https"));
        for (String host : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "[::1]", "[fd00::1]", "[fe80::1]", "224.0.0.1", "localhost")) {
            assertTrue(WebhookAddresses.refusal("https://" + host + "/hook", true).isPresent(), host);
        }
    }

    @Test
    void productionAcceptsHttpsToAPublicAddress() {
        assertEquals(java.util.Optional.empty(), WebhookAddresses.refusal("https://93.184.216.34/hook", true));
        assertEquals(java.util.Optional.empty(), WebhookAddresses.refusal("https://[2606:4700::1111]/hook", true));
    }

    @Test
    void developmentAcceptsLocalReceiversButStillOnlyHttp() {
        assertEquals(java.util.Optional.empty(), WebhookAddresses.refusal("http://127.0.0.1:8099/hook", false));
        assertTrue(WebhookAddresses.refusal("ftp://127.0.0.1/hook", false).isPresent());
    }
}
