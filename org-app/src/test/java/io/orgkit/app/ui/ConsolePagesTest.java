package io.orgkit.app.ui;

import io.orgkit.app.testing.HttpOnly;
import io.orgkit.app.testing.SharedServer;
import io.orgkit.app.web.ConsolePages;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The standalone server serves the pages with a Content-Security-Policy that allows this origin only (no inline
 * script), and nothing but the pages' own files.
 */
@HttpOnly
@SharedServer
class ConsolePagesTest {
    @Inject
    WebTarget target;

    @Test
    void pagesAnswerTheShellWithAStrictPolicy() {
        for (String page : new String[] {"/sign-in", "/accept-invitation", "/console", "/forgot-password", "/reset-password"}) {
            Response response = target.path(page).request().get();
            assertEquals(200, response.getStatus(), page);
            assertTrue(response.getHeaderString("Content-Type").startsWith("text/html"), page);
            assertEquals(ConsolePages.CONTENT_SECURITY_POLICY, response.getHeaderString("Content-Security-Policy"), page);
            assertEquals("nosniff", response.getHeaderString("X-Content-Type-Options"), page);
            assertEquals("no-referrer", response.getHeaderString("Referrer-Policy"), page);
            assertEquals("DENY", response.getHeaderString("X-Frame-Options"), page);
            String html = response.readEntity(String.class);
            assertTrue(html.contains("<script type=\"module\" src=\"orgkit/main.js\"></script>"), html);
            assertFalse(html.matches("(?s).*<script>.*|.*\\son[a-z]+=.*|.*style=.*|.*https?://.*"),
                    "no inline script, handler or style, nothing from another origin: " + html);
        }
        String policy = ConsolePages.CONTENT_SECURITY_POLICY;
        assertTrue(policy.contains("script-src 'self';") && !policy.contains("unsafe"), policy);
    }

    @Test
    void scriptsAndStylesAreServedWithTheirTypes() {
        Response script = target.path("/orgkit/main.js").request().get();
        assertEquals(200, script.getStatus());
        assertTrue(script.getHeaderString("Content-Type").startsWith("text/javascript"));
        assertEquals(ConsolePages.CONTENT_SECURITY_POLICY, script.getHeaderString("Content-Security-Policy"));
        Response style = target.path("/orgkit/console.css").request().get();
        assertEquals(200, style.getStatus());
        assertTrue(style.getHeaderString("Content-Type").startsWith("text/css"));
    }

    @Test
    void nothingElseIsServedFromTheJar() {
        assertEquals(404, target.path("/orgkit/missing.js").request().get().getStatus());
        assertEquals(404, target.path("/orgkit/..%2Fbeans.xml").request().get().getStatus());
        assertEquals(404, target.path("/orgkit/").request().get().getStatus());
        assertEquals(404, target.path("/console/").request().get().getStatus());
        // A page path changes nothing else: the API refuses a POST there as it would any unknown path.
        assertEquals(404, target.path("/console").request().post(null).getStatus());
    }
}
