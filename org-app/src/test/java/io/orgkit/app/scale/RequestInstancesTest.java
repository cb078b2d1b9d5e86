package io.orgkit.app.scale;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request leaves nothing behind in the heap: the resources, scopes and interceptor chains it was served by are
 * garbage once it is answered. Counted with the JVM's own class histogram (the server runs in this JVM), which
 * collects garbage before counting, so what it counts is what is still reachable.
 *
 * <p>What it guards against: the organization routes, an application-scoped bean, took each request's resource from
 * an {@code Instance}, and CDI keeps such a dependent instance (with its interceptor chain and bound organization)
 * until the bean that took it is destroyed, that is until the server stops (docs/performance.md).
 */
@SharedServer
class RequestInstancesTest {
    private static final int REQUESTS = 150;
    // Other tests' requests still in flight, or answered but not yet collected by the time of the count, may hold a
    // few; one per request held would be REQUESTS.
    private static final int TOLERATED = REQUESTS / 10;
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+(\\S+)");

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures consoles;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void answeredRequestsHoldNoResourceOrScope() throws Exception {
        String organization = fixtures.organization();
        Member admin = fixtures.memberWithSession(organization, "Admin");
        String superAdmin = consoles.superAdminSession();
        // Every kind of route once before counting, so that what is created once per server is not counted.
        sendEach(organization, admin.token(), superAdmin, 1);

        Map<String, Long> before = liveModuleInstances();
        sendEach(organization, admin.token(), superAdmin, REQUESTS);
        Map<String, Long> after = liveModuleInstances();

        Map<String, Long> grown = new TreeMap<>();
        after.forEach((type, count) -> {
            long growth = count - before.getOrDefault(type, 0L);
            if (growth > TOLERATED) {
                grown.put(type, growth);
            }
        });
        assertTrue(grown.isEmpty(), "still reachable after " + REQUESTS + " requests of each route: " + grown);
    }

    private void sendEach(String organization, String adminToken, String superAdmin, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(200, status(api.get("/api/organizations/me", adminToken)));
            assertEquals(200, status(api.get("/api/organizations/members?limit=5", adminToken)));
            assertEquals(200, status(api.get("/api/organizations/" + organization, superAdmin)));
            assertEquals(200, status(api.get("/api/organizations/" + organization + "/members?limit=5", superAdmin)));
            assertEquals(200, status(api.get("/api/organizations/roles", adminToken)));
            assertEquals(200, status(api.get("/api/organizations/invitations?limit=5", adminToken)));
            assertEquals(200, status(api.get("/api/organizations/api-keys", adminToken)));
            assertEquals(200, status(api.get("/api/account", adminToken)));
        }
    }

    // The module's own classes, by name (a container's proxy subclasses count as their class), with their live counts.
    private static Map<String, Long> liveModuleInstances() throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[]{new String[0]}, new String[]{String[].class.getName()});
        Map<String, Long> counts = new TreeMap<>();
        for (String line : histogram.split("\n")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.find() && m.group(2).startsWith("io.orgkit.")) {
                String type = m.group(2).replaceFirst("\\$.*", "");
                counts.merge(type, Long.parseLong(m.group(1)), Long::sum);
            }
        }
        return counts;
    }
}
