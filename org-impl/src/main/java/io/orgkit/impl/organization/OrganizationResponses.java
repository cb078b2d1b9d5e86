package io.orgkit.impl.organization;

import io.orgkit.api.organization.OrganizationRevision;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Answers that carry one organization: always with its {@code ETag} (the organization's id and version), and marked
 * private: {@code /me} names a different organization for each caller, and the console is for Super Admins only.
 * Every read revalidates ({@code no-cache}), and {@code Vary} names the credentials, so no shared cache ever answers
 * one caller with another's organization.
 */
final class OrganizationResponses {
    /** The request headers that carry credentials: what a caller-dependent answer varies on. */
    static final String CREDENTIAL_HEADERS = "Authorization, Cookie, X-API-Key";

    private OrganizationResponses() {
    }

    static Response read(Request request, OrganizationRevision revision) {
        EntityTag tag = tag(revision);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return callerDependent(notModified.tag(tag)).build();
        }
        return callerDependent(Response.ok(revision.organization()).tag(tag)).build();
    }

    static Response ok(OrganizationRevision revision) {
        return callerDependent(Response.ok(revision.organization()).tag(tag(revision))).build();
    }

    static Response created(UriInfo uri, OrganizationRevision revision) {
        return callerDependent(Response.created(uri.getAbsolutePathBuilder().path(revision.organization().id()).build())
                .entity(revision.organization()).tag(tag(revision))).build();
    }

    /**
     * @param response an answer whose content depends on who asks
     * @return it, with {@code Cache-Control: private, no-cache} and {@code Vary} on every credential header
     */
    static Response.ResponseBuilder callerDependent(Response.ResponseBuilder response) {
        CacheControl revalidate = new CacheControl();
        revalidate.setPrivate(true);
        revalidate.setNoCache(true);
        return response.cacheControl(revalidate).header(HttpHeaders.VARY, CREDENTIAL_HEADERS);
    }

    private static EntityTag tag(OrganizationRevision revision) {
        return new EntityTag(revision.opaqueTag());
    }
}
