package io.orgkit.app.organization;

import io.orgkit.app.testing.Api;
import io.orgkit.app.testing.Fixtures;
import io.orgkit.app.testing.SharedServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.Test;

import static io.orgkit.app.testing.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

@SharedServer
class FoundingTurnedOffTest {
    @Inject
    WebTarget target;
    @Inject
    Fixtures fixtures;

    @Test
    void byDefaultUsersCannotFoundOrganizations() {
        String name = Fixtures.unique("Nope");
        assertEquals(403, new Api(target).post("/api/organizations/found", fixtures.login(fixtures.user(), null),
                obj("name", name)).getStatus());
        assertEquals(0, fixtures.count("SELECT COUNT(*) FROM orgkit_organization WHERE name = ?", name));
    }
}
