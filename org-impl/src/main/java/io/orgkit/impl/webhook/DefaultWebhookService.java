package io.orgkit.impl.webhook;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.api.webhook.CreateWebhookRequest;
import io.orgkit.api.webhook.CreatedWebhook;
import io.orgkit.api.webhook.UpdateWebhookRequest;
import io.orgkit.api.webhook.WebhookDeliveryView;
import io.orgkit.api.webhook.WebhookService;
import io.orgkit.api.webhook.WebhookView;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.Authorization;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Keyset;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * An organization's webhooks, under {@code webhooks.manage}.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultWebhookService implements WebhookService {
    private JpaWebhookStore store;
    private WebhookSettings settings;
    private AuditTrail audit;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected DefaultWebhookService() {
    }

    @Inject
    public DefaultWebhookService(JpaWebhookStore store, WebhookSettings settings, AuditTrail audit, SystemTime time) {
        this.store = store;
        this.settings = settings;
        this.audit = audit;
        this.time = time;
    }

    @Override
    @ReadWithoutTransaction
    public Page<WebhookView> list(OrganizationScope scope, PageRequest page) {
        require(scope);
        return Keyset.page(store.page(scope.organizationId(), Keyset.after(page), page.limit()), page.limit(),
                DefaultWebhookService::view, WebhookView::id);
    }

    @Override
    @ReadWithoutTransaction
    public WebhookView get(OrganizationScope scope, String id) {
        require(scope);
        return view(find(scope, id));
    }

    @Override
    @Transactional
    public CreatedWebhook create(OrganizationScope scope, CreateWebhookRequest request) {
        require(scope);
        String url = checked(request.url());
        List<String> events = request.events() == null ? List.of() : request.events().stream().distinct().toList();
        JpaWebhookStore.Webhook webhook = new JpaWebhookStore.Webhook(Ids.newId(), scope.organizationId(), url,
                events, WebhookSigner.newSecret(), true, null, null, time.now());
        store.add(webhook);
        audit.record(scope, AuditActions.WEBHOOK_CREATED, target(webhook), AuditChanges.of("url", null, url)
                .and("events", null, events));
        return new CreatedWebhook(webhook.id(), url, events, webhook.secret(), webhook.createdAt());
    }

    @Override
    @Transactional
    public WebhookView update(OrganizationScope scope, String id, UpdateWebhookRequest request) {
        require(scope);
        JpaWebhookStore.Webhook before = find(scope, id);
        String url = request.url() == null ? before.url() : checked(request.url());
        List<String> events = request.events() == null ? before.events() : request.events().stream().distinct()
                .toList();
        boolean enabled = request.enabled() == null ? before.enabled() : request.enabled();
        store.update(before.id(), url, events, enabled);
        AuditChanges changes = AuditChanges.of("url", before.url(), url).and("events", before.events(), events)
                .and("enabled", before.enabled(), enabled);
        if (!changes.asMap().isEmpty()) {
            audit.record(scope, AuditActions.WEBHOOK_UPDATED, target(before), changes);
        }
        return view(find(scope, id));
    }

    @Override
    @Transactional
    public void delete(OrganizationScope scope, String id) {
        require(scope);
        JpaWebhookStore.Webhook webhook = find(scope, id);
        audit.record(scope, AuditActions.WEBHOOK_DELETED, target(webhook), AuditChanges.of("url", webhook.url(), null));
        store.delete(webhook.id());
    }

    @Override
    @ReadWithoutTransaction
    public Page<WebhookDeliveryView> deliveries(OrganizationScope scope, String id, PageRequest page) {
        require(scope);
        JpaWebhookStore.Webhook webhook = find(scope, id);
        return Keyset.page(store.deliveries(webhook.id(), Keyset.after(page), page.limit()), page.limit(),
                DefaultWebhookService::view, WebhookDeliveryView::id);
    }

    @Override
    @Transactional
    public WebhookDeliveryView redeliver(OrganizationScope scope, String id, String deliveryId) {
        require(scope);
        JpaWebhookStore.Webhook webhook = find(scope, id);
        JpaWebhookStore.Delivery delivery = Ids.parse(deliveryId).flatMap(d -> store.delivery(webhook.id(), d))
                .orElseThrow(() -> new ResourceNotFoundException("No delivery " + deliveryId + " of this webhook"));
        store.redeliver(delivery.id(), time.now());
        audit.record(scope, AuditActions.WEBHOOK_REDELIVERED, target(webhook), AuditChanges.of("deliveryId", null,
                delivery.id()));
        return view(store.delivery(webhook.id(), delivery.id()).orElseThrow());
    }

    private String checked(String url) {
        Optional<String> refusal = WebhookAddresses.refusal(url, settings.production());
        if (refusal.isPresent()) {
            throw new UnprocessableException("url", refusal.get());
        }
        return url;
    }

    private JpaWebhookStore.Webhook find(OrganizationScope scope, String id) {
        return Ids.parse(id).flatMap(webhookId -> store.find(scope.organizationId(), webhookId))
                .orElseThrow(() -> new ResourceNotFoundException("No webhook " + id + " in this organization"));
    }

    private static void require(OrganizationScope scope) {
        Authorization.requireAll(scope, Set.of(Permissions.WEBHOOKS_MANAGE), "Managing webhooks");
    }

    private static AuditTarget target(JpaWebhookStore.Webhook webhook) {
        return new AuditTarget("webhook", webhook.id(), webhook.url());
    }

    private static WebhookView view(JpaWebhookStore.Webhook webhook) {
        return new WebhookView(webhook.id(), webhook.url(), webhook.events(), webhook.enabled(),
                webhook.disabledReason(), webhook.failingSince(), webhook.createdAt());
    }

    private static WebhookDeliveryView view(JpaWebhookStore.Delivery delivery) {
        boolean pending = delivery.status().equals("PENDING");
        return new WebhookDeliveryView(delivery.id(), delivery.eventId(), delivery.action(),
                delivery.status().toLowerCase(java.util.Locale.ROOT), delivery.attempts(), delivery.lastResponseCode(),
                delivery.lastError(), pending ? delivery.nextAttemptAt() : null, delivery.createdAt(),
                delivery.deliveredAt());
    }
}
