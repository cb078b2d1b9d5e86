package io.orgkit.impl.apikey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.orgkit.api.apikey.ApiKeyCreator;
import io.orgkit.api.apikey.ApiKeyPolicy;
import io.orgkit.api.apikey.ApiKeyService;
import io.orgkit.api.apikey.ApiKeyView;
import io.orgkit.api.apikey.CreateApiKeyRequest;
import io.orgkit.api.apikey.CreatedApiKey;
import io.orgkit.api.audit.AuditActions;
import io.orgkit.api.audit.AuditTarget;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.kernel.AuditChanges;
import io.orgkit.impl.kernel.AuditTrail;
import io.orgkit.impl.kernel.Authorization;
import io.orgkit.impl.kernel.EffectiveRoles;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Keyset;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.security.Credentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * API keys of an organization.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultApiKeyService implements ApiKeyService {
    // "orgk_" and seven characters: enough to tell keys apart in a list, far too little to guess the rest.
    private static final int PREFIX_LENGTH = 12;

    private JpaApiKeyStore keys;
    private EffectiveRoles roles;
    private SystemTime time;
    private AuditTrail audit;

    /**
     * For the container's client proxy.
     */
    protected DefaultApiKeyService() {
    }

    @Inject
    public DefaultApiKeyService(JpaApiKeyStore keys, EffectiveRoles roles, SystemTime time, AuditTrail audit) {
        this.keys = keys;
        this.roles = roles;
        this.time = time;
        this.audit = audit;
    }

    @Override
    @ReadWithoutTransaction
    public Page<ApiKeyView> list(OrganizationScope scope, PageRequest page) {
        List<ApiKeyEntity> rows = keys.page(scope.organizationId(), Keyset.after(page), page.limit());
        Integer maxDays = keys.maxLifetimeDays(scope.organizationId());
        Map<String, String> creators = keys.emailsOf(rows.stream().map(ApiKeyEntity::createdByUserId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return Keyset.page(rows, page.limit(), key -> view(key, maxDays, creators), ApiKeyView::id);
    }

    @Override
    @ReadWithoutTransaction
    public ApiKeyView get(OrganizationScope scope, String id) {
        ApiKeyEntity key = find(scope, id);
        Set<String> creator = key.createdByUserId() == null ? Set.of() : Set.of(key.createdByUserId());
        return view(key, keys.maxLifetimeDays(scope.organizationId()), keys.emailsOf(creator));
    }

    @Override
    @Transactional
    public CreatedApiKey create(OrganizationScope scope, CreateApiKeyRequest request) {
        String role = roles.canonicalName(scope.organizationId(), request.role())
                .orElseThrow(() -> new UnprocessableException("role", "no such role in this organization"));
        Authorization.requireAll(scope, roles.permissionsOf(scope.organizationId(), role),
                "A key with the role '" + role + "'");
        Instant now = time.now();
        Instant expiresAt = request.expiresAt();
        Integer maxDays = keys.maxLifetimeDays(scope.organizationId());
        if (maxDays != null) {
            Instant latest = now.plus(Duration.ofDays(maxDays));
            if (expiresAt == null) {
                expiresAt = latest;
            } else if (expiresAt.isAfter(latest)) {
                throw new UnprocessableException("expiresAt", "must be within the organization's maximum key "
                        + "lifetime of " + maxDays + " days");
            }
        }
        String secret = SecretTokens.generate(Credentials.API_KEY_PREFIX);
        ApiKeyEntity key = new ApiKeyEntity(Ids.newId(), scope.organizationId(), request.name().strip(), role,
                secret.substring(0, PREFIX_LENGTH), SecretTokens.hash(secret), scope.actor().userId(), now,
                expiresAt);
        keys.add(key);
        audit.record(scope, AuditActions.API_KEY_CREATED, target(key), AuditChanges.of("name", null, key.name())
                .and("role", null, key.roleName()).and("prefix", null, key.prefix())
                .and("expiresAt", null, key.expiresAt()));
        return new CreatedApiKey(key.id(), key.name(), key.roleName(), key.prefix(), secret, key.createdAt(),
                key.expiresAt());
    }

    @Override
    @Transactional
    public void revoke(OrganizationScope scope, String id) {
        ApiKeyEntity key = find(scope, id);
        audit.record(scope, AuditActions.API_KEY_REVOKED, target(key), AuditChanges.of("name", key.name(), null)
                .and("role", key.roleName(), null).and("prefix", key.prefix(), null));
        keys.remove(key);
    }

    private static AuditTarget target(ApiKeyEntity key) {
        return new AuditTarget("api_key", key.id(), key.name());
    }

    private ApiKeyEntity find(OrganizationScope scope, String id) {
        return Ids.parse(id).flatMap(keyId -> keys.find(scope.organizationId(), keyId))
                .orElseThrow(() -> new ResourceNotFoundException("No API key " + id + " in this organization"));
    }

    @Override
    @ReadWithoutTransaction
    public ApiKeyPolicy policy(OrganizationScope scope) {
        return new ApiKeyPolicy(keys.maxLifetimeDays(scope.organizationId()));
    }

    @Override
    @Transactional
    public ApiKeyPolicy updatePolicy(OrganizationScope scope, ApiKeyPolicy policy) {
        Integer before = keys.maxLifetimeDays(scope.organizationId());
        keys.setMaxLifetimeDays(scope.organizationId(), policy.maxLifetimeDays());
        audit.record(scope, AuditActions.API_KEY_POLICY_UPDATED, new AuditTarget("organization",
                scope.organizationId(), null), AuditChanges.of("maxLifetimeDays", before, policy.maxLifetimeDays()));
        return new ApiKeyPolicy(policy.maxLifetimeDays());
    }

    private static ApiKeyView view(ApiKeyEntity key, Integer maxDays, Map<String, String> creators) {
        String creator = key.createdByUserId();
        String email = creator == null ? null : creators.get(creator);
        return new ApiKeyView(key.id(), key.name(), key.roleName(), key.prefix(), key.createdAt(),
                ApiKeyLifetime.effectiveExpiry(key.expiresAt(), key.createdAt(), maxDays), key.lastUsedAt(),
                email == null ? null : new ApiKeyCreator(creator, email));
    }
}
