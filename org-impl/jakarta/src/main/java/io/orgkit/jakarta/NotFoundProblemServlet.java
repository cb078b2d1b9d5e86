package io.orgkit.jakarta;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web module's answer to a path nothing serves, declared as its 404 error page ({@code web-fragment.xml}): the
 * module's problem document instead of the runtime's HTML page. The module answers unmatched JAX-RS paths with an
 * empty 404 so that the runtime may still serve them otherwise; this is the last word.
 */
public class NotFoundProblemServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = ("{\"type\":\"urn:orgkit:problem:not-found\",\"title\":\"Not Found\","
            + "\"status\":404,\"detail\":\"No such resource\"}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(response);
    }

    static void write(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/problem+json");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
