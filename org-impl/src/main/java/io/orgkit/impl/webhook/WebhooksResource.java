package io.orgkit.impl.webhook;

import io.orgkit.api.page.Page;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.permission.RequiresPermission;
import io.orgkit.api.webhook.CreateWebhookRequest;
import io.orgkit.api.webhook.CreatedWebhook;
import io.orgkit.api.webhook.UpdateWebhookRequest;
import io.orgkit.api.webhook.WebhookDeliveryView;
import io.orgkit.api.webhook.WebhookService;
import io.orgkit.api.webhook.WebhookView;
import io.orgkit.impl.security.BoundResource;
import io.orgkit.impl.web.JsonBodyReader;
import io.orgkit.impl.web.PageParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The webhooks of the caller's organization, at {@code /api/organizations/webhooks}.
 */
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed deliveries of the organization's events to an endpoint of its own")
public class WebhooksResource extends BoundResource<WebhooksResource> {
    private final WebhookService webhooks;

    @Inject
    public WebhooksResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
    @Operation(operationId = "listWebhooks", summary = "The organization's webhooks, without their secrets")
    public Page<WebhookView> list(@BeanParam PageParameters page) {
        return webhooks.list(scope(), page.toPageRequest());
    }

    @POST
    @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
    @Operation(operationId = "createWebhook",
            summary = "Create a webhook; its signing secret is shown in this answer only")
    @APIResponse(responseCode = "201", description = "The webhook, with its secret this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedWebhook.class)))
    @APIResponse(responseCode = "422", description = "The URL is not https, or names a private, loopback or link-local "
            + "address (outside the development mode)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(CreateWebhookRequest request, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(scope(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
    @Operation(operationId = "getWebhook", summary = "One webhook, without its secret: what a Location header names")
    public WebhookView get(@PathParam("id") String id) {
        return webhooks.get(scope(), id);
    }

    @PATCH
    @Path("/{id}")
    @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
    @Consumes({MediaType.APPLICATION_JSON, JsonBodyReader.MERGE_PATCH_JSON})
    @Operation(operationId = "updateWebhook",
            summary = "Change the URL or the event filter, pause it, or enable it again after it was disabled")
    @APIResponse(responseCode = "200", description = "The webhook as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "422", description = "The URL is refused, as at creation",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public WebhookView update(@PathParam("id") String id, UpdateWebhookRequest request) {
        return webhooks.update(scope(), id, request);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(scope(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
    @Operation(operationId = "listWebhookDeliveries",
            summary = "The webhook's delivery log, newest first: attempts, status, the receiver's last answer")
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") String id, @BeanParam PageParameters page) {
        return webhooks.deliveries(scope(), id, page.toPageRequest());
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}")
    @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
    @Operation(operationId = "redeliverWebhookDelivery",
            summary = "Send a delivery again, with the same webhook-id, as soon as a dispatcher gets to it")
    @APIResponse(responseCode = "200", description = "The delivery, pending again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDeliveryView.class)))
    public WebhookDeliveryView redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return webhooks.redeliver(scope(), id, deliveryId);
    }
}
