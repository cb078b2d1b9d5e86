package io.orgkit.impl.web;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * No resource of the module answers {@code OPTIONS}; the runtime would generate an answer for every path (Jersey: a
 * description of the resource, or at least its methods). That answer becomes a 405 problem that keeps only the
 * {@code Allow} header the protocol asks for: the API describes itself in its OpenAPI document, nowhere else.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.HEADER_DECORATOR + 10)
public class GeneratedOptionsOff implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"OPTIONS".equalsIgnoreCase(request.getMethod()) || response.getStatus() >= 300) {
            return;
        }
        response.setStatus(405);
        response.setEntity(Problems.of(405, null, Problems.defaultDetail(405)), null, Problems.PROBLEM_JSON);
    }
}
