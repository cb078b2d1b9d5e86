package io.orgkit.jakarta;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives an empty 404 the module's problem document. The module answers a path no JAX-RS resource matches with an empty
 * 404 so that the runtime may still serve it otherwise; a runtime that then sends the error (Jersey, on Payara) shows
 * the error page ({@link NotFoundProblemServlet}), one that only sets the status (RESTEasy, on WildFly) would send
 * nothing: this fills in the body, unless the answer already has one.
 */
public class NotFoundProblemFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND && !response.isCommitted()
                && response.getContentType() == null) {
            NotFoundProblemServlet.write(response);
        }
    }
}
