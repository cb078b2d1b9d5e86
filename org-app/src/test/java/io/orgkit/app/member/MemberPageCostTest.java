package io.orgkit.app.member;

import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.BulkMembers;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.MemberRoleFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.SqlStatementCounter;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.RoleApi.MEMBERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No N+1: a member page joins each member's user in the page query, so a page of an organization with 100,000 members
 * costs the SQL statements of a page of one with 10.
 */
@SharedServer
class MemberPageCostTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    MemberRoleFixtures data;
    @Inject
    SqlStatementCounter counter;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        counter.install();
    }

    @Test
    void aMemberPageOfAHundredThousandMembersCostsWhatAPageOfTenCosts() throws Exception {
        String small = fixtures.organization();
        Member smallCaller = data.quickMemberWithSession(small, "Viewer");
        BulkMembers.seed(small, 9, "Member");
        String large = fixtures.organization();
        Member largeCaller = data.quickMemberWithSession(large, "Viewer");
        long seeding = System.nanoTime();
        BulkMembers.seed(large, 99_999, "Member");
        System.out.printf("Seeded 99,999 members in %d ms (%s)%n",
                (System.nanoTime() - seeding) / 1_000_000, System.getProperty("orgkit.test.database"));
        assertEquals(100_000, fixtures.count("SELECT COUNT(*) FROM orgkit_membership WHERE organization_id = ?", large));

        for (String query : List.of("?limit=100", "?limit=20&role=member", "?limit=20&q=bulk")) {
            List<String> ofTen = measure(query, smallCaller, query.contains("100") ? 10 : 9);
            List<String> ofHundredThousand = measure(query, largeCaller, query.contains("100") ? 100 : 20);
            System.out.printf("SQL statements for GET %s%s (%s): %d with 10 members, %d with 100,000 members%n",
                    MEMBERS, query, System.getProperty("orgkit.test.database"), ofTen.size(), ofHundredThousand.size());
            ofHundredThousand.forEach(sql -> System.out.println("    " + sql));
            assertEquals(ofTen.size(), ofHundredThousand.size(), ofTen + " vs " + ofHundredThousand);
            // Authentication (session with its user, membership, role) plus the one page query that joins the users.
            assertTrue(ofHundredThousand.size() <= 5, ofHundredThousand.toString());
            assertEquals(1, ofHundredThousand.stream().filter(sql -> sql.contains("FROM orgkit_membership t0, orgkit_user t1")).count(),
                    "users come with the page query, not one by one: " + ofHundredThousand);
        }

        // A deep page costs what the first costs (keyset, not offset).
        JsonObject first = body(api.get(MEMBERS + "?limit=100", largeCaller.token()));
        String cursor = first.getString("nextCursor");
        List<String> deep = measure("?limit=100&cursor=" + cursor, largeCaller, 100);
        assertEquals(measure("?limit=100", largeCaller, 100).size(), deep.size());
    }

    private List<String> measure(String query, Member caller, int expectedItems) {
        // Once unmeasured, so that a first-use write (the session's last-seen time) does not count in one and not the other.
        api.get(MEMBERS + query, caller.token()).close();
        counter.start();
        Response response = api.get(MEMBERS + query, caller.token());
        JsonObject page = body(response);
        List<String> statements = counter.stop("orgkit_membership");
        assertEquals(200, response.getStatus(), page.toString());
        assertEquals(expectedItems, page.getJsonArray("data").size(), query);
        return statements;
    }
}
