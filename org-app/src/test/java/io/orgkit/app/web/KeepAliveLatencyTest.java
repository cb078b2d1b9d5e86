package io.orgkit.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;

import io.helidon.microprofile.testing.junit5.HelidonTest;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.OrganizationFixtures;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that keeps its connection open (every pooled HTTP client, every browser) gets a page as soon as it is
 * written. With Nagle's algorithm on the server's socket, an answer written in two parts (a full buffer, then the
 * rest) waited for the client's delayed acknowledgement of the first: about 40 ms more on every page of 30 or more
 * organizations, whatever the server's own work (a page of 100: 48 ms instead of 10).
 */
@HelidonTest
@HttpOnly
class KeepAliveLatencyTest {
    private static final int PAGE = 100;

    @Inject
    WebTarget target;
    @Inject
    OrganizationFixtures organizations;

    @Test
    void aKeepAliveClientGetsAPageOfAHundredWithoutWaitingForADelayedAcknowledgement() throws Exception {
        String prefix = Fixtures.unique("KeepAlive");
        List<String> ids = organizations.seedOrganizations(prefix, PAGE);
        try {
            String token = organizations.superAdminSession();
            URI page = target.getUri().resolve("/api/organizations?limit=" + PAGE + "&q=" + prefix);
            for (int i = 0; i < 20; i++) { // warm-up, on the same kept-alive connection
                fetch(page, token);
            }
            long fastest = Long.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                fastest = Math.min(fastest, fetch(page, token));
            }
            // The stall is a floor (the client's delayed-ACK timer, 40 ms on Linux) under every answer it hits, so the
            // fastest of ten shows it whatever else the machine is doing; without it, a page takes a few ms.
            assertTrue(fastest < 30_000, "fastest of ten pages of " + PAGE + " on a kept-alive connection: " + fastest
                    + " us");
        } finally {
            organizations.deleteOrganizations(ids.getFirst(), ids.getLast());
        }
    }

    // HttpURLConnection keeps the connection alive between calls once the body has been read to its end.
    private static long fetch(URI uri, String token) throws IOException {
        long start = System.nanoTime();
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Accept", "application/json");
        int bytes;
        try (InputStream in = connection.getInputStream()) {
            bytes = in.readAllBytes().length;
        }
        long micros = (System.nanoTime() - start) / 1_000;
        assertEquals(200, connection.getResponseCode());
        assertTrue(bytes > 16_384, "a page large enough to need more than one write: " + bytes + " bytes");
        return micros;
    }
}
