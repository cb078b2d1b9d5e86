package io.orgkit.impl.organization;

import io.orgkit.api.organization.OrganizationRevision;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Answers that carry one organization: always with its {@code ETag}.
 */
final class OrganizationResponses {
    private OrganizationResponses() {
    }

    static Response read(Request request, OrganizationRevision revision) {
        EntityTag tag = tag(revision);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(revision.organization()).tag(tag).build();
    }

    static Response ok(OrganizationRevision revision) {
        return Response.ok(revision.organization()).tag(tag(revision)).build();
    }

    static Response created(UriInfo uri, OrganizationRevision revision) {
        return Response.created(uri.getAbsolutePathBuilder().path(revision.organization().id()).build())
                .entity(revision.organization()).tag(tag(revision)).build();
    }

    private static EntityTag tag(OrganizationRevision revision) {
        return new EntityTag(Long.toString(revision.version()));
    }
}
