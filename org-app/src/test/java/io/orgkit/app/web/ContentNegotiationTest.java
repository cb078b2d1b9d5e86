package io.orgkit.app.web;

import java.util.List;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.MemberRoleFixtures;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.testing.contract.ContractCheck;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Any {@code Accept} works: the API answers JSON (problems as {@code application/problem+json}) whatever the client
 * lists, so a generated client that sends {@code Accept: application/problem+json} on an operation without a success
 * body gets that operation done; and content negotiation never answers before authentication does (a body that is
 * not JSON is a 415 for an authenticated caller, a 401 for everyone else).
 */
@HttpOnly
@SharedServer
class ContentNegotiationTest {
    private static final String PROBLEM_ONLY = "application/problem+json";

    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    MemberRoleFixtures data;
    @Inject
    OrganizationFixtures organizations;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(target);
    }

    @Test
    void theOperationsWithoutASuccessBodyWorkWithAcceptProblemJson() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        Member leaving = fixtures.memberWithSession(org, "Viewer");
        String invitation = data.invitation(org, "Viewer");
        String key = body(api.post("/api/organizations/api-keys", admin.token(), obj("name", "ci", "role", "Viewer")))
                .getString("id");

        Response created = accepting(PROBLEM_ONLY, "/api/organizations/roles", admin.token())
                .post(json(obj("name", Fixtures.unique("Auditor"), "permissions", List.of("users.read"))));
        assertEquals(201, created.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, created.getMediaType());
        String role = body(created).getString("id");
        assertEquals(204, status(accepting(PROBLEM_ONLY, "/api/organizations/roles/" + role, admin.token()).delete()));
        assertEquals(204, status(accepting(PROBLEM_ONLY, "/api/organizations/members/" + leaving.membershipId(),
                admin.token()).delete()));
        assertEquals(204, status(accepting(PROBLEM_ONLY, "/api/organizations/invitations/" + invitation,
                admin.token()).delete()));
        assertEquals(204, status(accepting(PROBLEM_ONLY, "/api/organizations/api-keys/" + key, admin.token())
                .delete()));

        String root = organizations.superAdminSession();
        String doomed = fixtures.organization();
        assertEquals(204, status(accepting(PROBLEM_ONLY, "/api/organizations/" + doomed, root).delete()));
    }

    @Test
    void aLogoutAcceptingOnlyProblemsEndsTheSession() {
        Member member = fixtures.memberWithSession(fixtures.organization(), "Viewer");
        assertEquals(204, status(accepting(PROBLEM_ONLY, "/api/auth/logout", member.token()).post(json(null))));
        assertEquals(401, status(api.get("/api/auth/session", member.token())), "the session has ended");
    }

    @Test
    void anyAcceptIsAnsweredWithJson() {
        Member member = fixtures.memberWithSession(fixtures.organization(), "Viewer");
        for (String accept : new String[] {"*/*", "application/*", "application/json", PROBLEM_ONLY,
                "application/json;q=0.1, application/problem+json", "text/html", "application/xml"}) {
            Response response = ContractCheck.requestsOutsideTheDocument(() ->
                    accepting(accept, "/api/organizations/me", member.token()).get());
            assertEquals(200, response.getStatus(), accept);
            assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType(), accept);
            response.close();
        }
    }

    @Test
    void authenticationAnswersBeforeContentNegotiationCould() {
        for (String accept : new String[] {"text/html", PROBLEM_ONLY}) {
            Response anonymous = accepting(accept, "/api/organizations/me", null).get();
            assertEquals(401, anonymous.getStatus(), accept);
            assertEquals(PROBLEM_ONLY, anonymous.getMediaType().toString(), accept);
            assertEquals("Bearer", anonymous.getHeaderString("WWW-Authenticate"));
            anonymous.close();
            Response badLogout = accepting(accept, "/api/auth/logout", "orgs_not-a-session").post(json(null));
            assertEquals(401, badLogout.getStatus(), accept);
            badLogout.close();
        }
    }

    @Test
    void aBodyThatIsNotJsonIsA415OnlyOnceTheCallerIsAuthenticated() {
        Entity<String> text = Entity.entity("name=Auditor", MediaType.TEXT_PLAIN_TYPE);
        Response anonymous = target.path("/api/organizations/roles").request().post(text);
        assertEquals(401, anonymous.getStatus(), "authentication answers first");
        anonymous.close();
        Response badKey = target.path("/api/organizations/roles").request()
                .header("Authorization", "Bearer orgk_not-a-key").post(text);
        assertEquals(401, badKey.getStatus());
        badKey.close();

        Member admin = fixtures.memberWithSession(fixtures.organization(), "Admin");
        Response refused = target.path("/api/organizations/roles").request()
                .header("Authorization", "Bearer " + admin.token()).post(text);
        assertEquals(415, refused.getStatus());
        assertEquals(PROBLEM_ONLY, refused.getMediaType().toString());
        assertEquals(415, body(refused).getInt("status"));
    }

    private Invocation.Builder accepting(String accept, String path, String token) {
        Invocation.Builder request = target.path(path).request().header("Accept", accept);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static Entity<String> json(Object body) {
        return Entity.entity(body == null ? "" : body.toString(), MediaType.APPLICATION_JSON_TYPE);
    }

    private static int status(Response response) {
        return Api.status(response);
    }
}
