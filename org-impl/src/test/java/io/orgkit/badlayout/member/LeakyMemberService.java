package io.orgkit.badlayout.member;

import jakarta.ws.rs.core.Response;

/**
 * Breaks the layout on purpose: a service that answers HTTP itself (see ModuleLayoutRulesTest).
 */
public class LeakyMemberService {
    public Response remove() {
        return Response.noContent().build();
    }
}
