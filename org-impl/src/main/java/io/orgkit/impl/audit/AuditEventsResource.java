package io.orgkit.impl.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.orgkit.api.audit.AuditEventFilter;
import io.orgkit.api.audit.AuditEventView;
import io.orgkit.api.audit.AuditService;
import io.orgkit.api.page.Page;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.JsonbProvider;
import io.orgkit.impl.web.PageParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit log of one organization: the caller's own at {@code /api/organizations/audit-events}, any at
 * {@code /api/organizations/{id}/audit-events} for the Super Admin console.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Who changed what in the organization, when and from where")
public class AuditEventsResource extends BoundResource<AuditEventsResource> {
    /** Newline-delimited JSON: one event per line. */
    public static final String NDJSON = "application/x-ndjson";

    private final AuditService audit;
    private final Jsonb jsonb;

    @Inject
    public AuditEventsResource(AuditService audit, JsonbProvider json) {
        this.audit = audit;
        this.jsonb = json.getContext(AuditEventView.class);
    }

    @GET
    @RequiresPermission(Permissions.AUDIT_READ)
    @Operation(operationId = "listAuditEvents",
            summary = "The organization's audit events, newest first; filters by action, actor, target and time")
    public Page<AuditEventView> list(@BeanParam AuditFilterParameters filter, @BeanParam PageParameters page) {
        return audit.list(scope(), filter.toFilter(), page.toPageRequest());
    }

    @GET
    @Path("/export")
    @Produces(NDJSON)
    @RequiresPermission(Permissions.AUDIT_READ)
    @Operation(operationId = "exportAuditEvents",
            summary = "Every matching audit event, newest first, as newline-delimited JSON, streamed")
    @APIResponse(responseCode = "200", description = "One AuditEventView per line",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public StreamingOutput export(@BeanParam AuditFilterParameters filter) {
        OrganizationScope organization = scope();
        AuditEventFilter wanted = filter.toFilter();
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try {
                audit.export(organization, wanted, event -> {
                    try {
                        writer.write(jsonb.toJson(event));
                        writer.write('\n');
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                writer.flush();
            }
        };
    }
}
