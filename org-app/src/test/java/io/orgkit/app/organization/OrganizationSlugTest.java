package io.orgkit.app.organization;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.Fixtures.Member;
import io.orgkit.app.testing.OrganizationFixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.body;
import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class OrganizationSlugTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;
    @Inject
    OrganizationFixtures organizations;
    Api api;
    String root;

    @BeforeEach
    void setUp() {
        api = new Api(target);
        root = organizations.superAdminSession();
    }

    @Test
    void theSlugIsDerivedFromTheNameAndASecondOrganizationOfThatNameGetsASuffix() {
        String marker = Fixtures.unique("Zz").substring(3).toLowerCase();
        JsonObject first = body(api.post("/api/organizations", root, obj("name", "Café Münster & Co " + marker)));
        assertEquals("cafe-munster-co-" + marker, first.getString("slug"));
        JsonObject second = body(api.post("/api/organizations", root, obj("name", "Cafe munster, co. " + marker)));
        assertNotEquals(first.getString("slug"), second.getString("slug"));
        assertTrue(second.getString("slug").startsWith("cafe-munster-co-" + marker + "-"), second.toString());
    }

    @Test
    void aNameWithoutLettersOrAReservedWordGetsASlugAllTheSame() {
        assertTrue(body(api.post("/api/organizations", root, obj("name", "日本"))).getString("slug")
                .matches("org-[0-9a-f]{8}"));
        assertTrue(body(api.post("/api/organizations", root, obj("name", "Settings"))).getString("slug")
                .matches("settings-[0-9a-f]{8}"));
    }

    @Test
    void aSlugGivenOnCreationIsKeptAndATakenOneIs409() {
        String slug = Fixtures.unique("acme").toLowerCase();
        Response created = api.post("/api/organizations", root, obj("name", "Acme", "slug", slug));
        assertEquals(201, created.getStatus());
        assertEquals(slug, body(created).getString("slug"));
        Response taken = api.post("/api/organizations", root, obj("name", "Other", "slug", slug));
        assertEquals(409, taken.getStatus());
        assertTrue(body(taken).getString("detail").contains(slug));
    }

    @Test
    void malformedAndReservedSlugsAre400NamingTheField() {
        for (String bad : new String[]{"Upper-Case", "a", "two--hyphens", "-edge", "space d", "members", "api-keys",
                "x".repeat(64)}) {
            Response response = api.post("/api/organizations", root, obj("name", "Bad slug", "slug", bad));
            assertEquals(400, response.getStatus(), bad);
            assertEquals("slug", body(response).getJsonArray("errors").getJsonObject(0).getString("field"), bad);
        }
    }

    @Test
    void anAdminChangesTheSlugOfItsOrganization() {
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String slug = Fixtures.unique("renamed").toLowerCase();
        Response patched = api.patch("/api/organizations/me", admin.token(), obj("slug", slug));
        assertEquals(200, patched.getStatus());
        assertEquals(slug, body(patched).getString("slug"));
        assertEquals(slug, body(api.get("/api/organizations/me", admin.token())).getString("slug"));
    }

    @Test
    void anAdminCannotTakeAnotherOrganizationsSlugNorClearOrReserveIt() {
        String taken = body(api.get("/api/organizations/" + fixtures.organization(), root)).getString("slug");
        String org = fixtures.organization();
        Member admin = fixtures.memberWithSession(org, "Admin");
        String before = body(api.get("/api/organizations/me", admin.token())).getString("slug");
        assertEquals(409, api.patch("/api/organizations/me", admin.token(), obj("slug", taken)).getStatus());
        assertEquals(400, api.patch("/api/organizations/me", admin.token(), obj("slug", null)).getStatus());
        assertEquals(400, api.patch("/api/organizations/me", admin.token(), obj("slug", "me")).getStatus());
        assertEquals(before, body(api.get("/api/organizations/me", admin.token())).getString("slug"));
    }

    @Test
    void aMemberWhoIsNotAdminCannotChangeTheSlug() {
        String org = fixtures.organization();
        Member member = fixtures.memberWithSession(org, "Member");
        assertEquals(403, api.patch("/api/organizations/me", member.token(),
                obj("slug", Fixtures.unique("mine").toLowerCase())).getStatus());
    }

    @Test
    void theSuperAdminFindsAnOrganizationBySlug() {
        String org = fixtures.organization();
        String slug = body(api.get("/api/organizations/" + org, root)).getString("slug");
        Response found = api.get("/api/organizations/by-slug/" + slug, root);
        assertEquals(200, found.getStatus());
        assertEquals(org, body(found).getString("id"));
        assertEquals("\"" + org + ".1\"", found.getHeaderString("ETag"));
    }

    @Test
    void findingBySlugRefusesOthersAndAnswers404ForAnUnknownSlug() {
        String org = fixtures.organization();
        String slug = body(api.get("/api/organizations/" + org, root)).getString("slug");
        Member admin = fixtures.memberWithSession(org, "Admin");
        assertEquals(401, api.get("/api/organizations/by-slug/" + slug, null).getStatus());
        assertEquals(403, api.get("/api/organizations/by-slug/" + slug, admin.token()).getStatus());
        assertEquals(403, api.get("/api/organizations/by-slug/" + slug, organizations.apiKey(org, "Admin"))
                .getStatus());
        assertEquals(404, api.get("/api/organizations/by-slug/" + Fixtures.unique("nobody").toLowerCase(), root)
                .getStatus());
    }
}
