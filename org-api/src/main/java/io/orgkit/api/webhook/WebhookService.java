package io.orgkit.api.webhook;

import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.OrganizationScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * An organization's webhooks. Every method needs {@code webhooks.manage}.
 */
public interface WebhookService {

    /**
     * @return the organization's webhooks, oldest first
     */
    Page<WebhookView> list(@NotNull OrganizationScope scope, @NotNull PageRequest page);

    /**
     * @return one webhook
     * @throws io.orgkit.api.error.ResourceNotFoundException if the organization has no such webhook
     */
    WebhookView get(@NotNull OrganizationScope scope, String id);

    /**
     * @return the new webhook with its secret, shown this once
     * @throws io.orgkit.api.error.UnprocessableException if the URL is not {@code https} or names a private, loopback
     *                                                    or link-local address (outside the development mode)
     */
    CreatedWebhook create(@NotNull OrganizationScope scope, @NotNull @Valid CreateWebhookRequest request);

    /**
     * @return the webhook as changed
     * @throws io.orgkit.api.error.ResourceNotFoundException if the organization has no such webhook
     * @throws io.orgkit.api.error.UnprocessableException    for a URL refused as in {@link #create}
     */
    WebhookView update(@NotNull OrganizationScope scope, String id, @NotNull @Valid UpdateWebhookRequest request);

    /**
     * Deletes the webhook and its delivery log.
     *
     * @throws io.orgkit.api.error.ResourceNotFoundException if the organization has no such webhook
     */
    void delete(@NotNull OrganizationScope scope, String id);

    /**
     * @return the webhook's deliveries, newest first
     * @throws io.orgkit.api.error.ResourceNotFoundException if the organization has no such webhook
     */
    Page<WebhookDeliveryView> deliveries(@NotNull OrganizationScope scope, String id, @NotNull PageRequest page);

    /**
     * Sends a delivery again, with the same id, as soon as a dispatcher gets to it.
     *
     * @return the delivery, pending again
     * @throws io.orgkit.api.error.ResourceNotFoundException if there is no such delivery of that webhook
     */
    WebhookDeliveryView redeliver(@NotNull OrganizationScope scope, String id, String deliveryId);
}
