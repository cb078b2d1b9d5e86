package io.orgkit.app.organization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.impl.persistence.Keyset;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keyset pages cost the same at any depth: with 100,000 organizations, the last page of the console's list is about
 * as fast as the first. Prints the timings and the plan of the query so a reader can see why.
 */
@SharedServer
class OrganizationDeepPagingTest {
    private static final int ORGANIZATIONS = 100_000;
    private static final int PAGE = 100;
    // The assertion allows the deep page five times the first page's median: 11 samples of each settle that.
    private static final int SAMPLES = 11;
    private static final String KEYSET_SQL = "SELECT id, name, logo, timezone, version, created_at, updated_at "
            + "FROM orgkit_organization WHERE id > ? ORDER BY id LIMIT 101";

    @Inject
    WebTarget target;
    @Inject
    OrganizationFixtures organizations;

    @Test
    void theLastOfAHundredThousandOrganizationsIsAsCheapAsTheFirstPage() throws Exception {
        String database = System.getProperty("orgkit.test.database");
        String prefix = Fixtures.unique("Seed");
        long seedStart = System.nanoTime();
        List<String> ids = organizations.seedOrganizations(prefix, ORGANIZATIONS);
        System.out.printf("[deep paging, %s] seeded %,d organizations in %d ms%n", database, ORGANIZATIONS,
                (System.nanoTime() - seedStart) / 1_000_000);
        try {
            organizations.analyzeOrganizations();
            Api api = new Api(target);
            String root = organizations.superAdminSession();
            String lastCursor = Keyset.cursor(ids.get(ORGANIZATIONS - PAGE - 1));
            String firstPath = "/api/organizations?limit=" + PAGE;
            String lastPath = firstPath + "&cursor=" + lastCursor;

            JsonObject last = body(api.get(lastPath, root));
            JsonArray data = last.getJsonArray("data");
            assertEquals(PAGE, data.size());
            assertEquals(ids.get(ORGANIZATIONS - PAGE), data.getJsonObject(0).getString("id"));
            assertEquals(ids.getLast(), data.getJsonObject(PAGE - 1).getString("id"));
            assertTrue(last.isNull("nextCursor"), "nothing follows the last page");

            for (int i = 0; i < 5; i++) { // warm-up: JIT, connection pool, database buffers
                time(api, firstPath, root);
                time(api, lastPath, root);
            }
            List<Long> first = new ArrayList<>();
            List<Long> deep = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) { // interleaved, so machine noise hits both alike
                first.add(time(api, firstPath, root));
                deep.add(time(api, lastPath, root));
            }
            long firstMedian = median(first);
            long deepMedian = median(deep);
            long offsetMicros = organizations.offsetPageMicros(ORGANIZATIONS - PAGE, PAGE);

            System.out.printf("[deep paging, %s] GET %s: median %d us over %d requests%n", database, firstPath,
                    firstMedian, SAMPLES);
            System.out.printf("[deep paging, %s] GET page %,d (cursor after row %,d): median %d us over %d requests%n",
                    database, ORGANIZATIONS / PAGE, ORGANIZATIONS - PAGE, deepMedian, SAMPLES);
            System.out.printf("[deep paging, %s] for comparison, LIMIT %d OFFSET %d over JDBC: %d us%n", database, PAGE,
                    ORGANIZATIONS - PAGE, offsetMicros);
            System.out.printf("[deep paging, %s] JPQL: SELECT o FROM OrganizationEntity o WHERE 1 = 1 AND o.id > :after "
                    + "ORDER BY o.id (setMaxResults(limit + 1))%n", database);
            System.out.printf("[deep paging, %s] SQL:  %s%n", database, KEYSET_SQL);
            System.out.printf("[deep paging, %s] EXPLAIN:%n%s", database,
                    organizations.explain(KEYSET_SQL, ids.get(ORGANIZATIONS - PAGE - 1)));

            // Loose on purpose (a shared, noisy machine): an OFFSET scan of 100,000 rows would be far beyond this.
            assertTrue(deepMedian < 5 * Math.max(firstMedian, 1_000),
                    "last page median " + deepMedian + " us vs first page median " + firstMedian + " us");
        } finally {
            long deleting = System.nanoTime();
            organizations.deleteOrganizations(ids);
            System.out.printf("[deep paging, %s] deleted the seeded organizations in %d ms%n", database,
                    (System.nanoTime() - deleting) / 1_000_000);
        }
    }

    private static long time(Api api, String path, String token) {
        long start = System.nanoTime();
        Response response = api.get(path, token);
        response.readEntity(String.class);
        long micros = (System.nanoTime() - start) / 1_000;
        assertEquals(200, response.getStatus());
        return micros;
    }

    private static long median(List<Long> samples) {
        List<Long> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
