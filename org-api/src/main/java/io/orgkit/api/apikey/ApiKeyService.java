package io.orgkit.api.apikey;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.OrganizationScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * API keys of an organization. Who may call which method is declared on the HTTP resources (an Admin session); the
 * service checks the rules of the data and never grants a key more than its creator holds. A key acts with at most the
 * permissions its creator holds at the time of each request, and is revoked when its creator leaves the organization.
 */
public interface ApiKeyService {

    /**
     * @param scope the organization
     * @param page  which page
     * @return the organization's keys, oldest first, without secrets
     * @throws InvalidRequestException if the cursor does not decode
     */
    Page<ApiKeyView> list(@NotNull OrganizationScope scope, @NotNull PageRequest page);

    /**
     * One API key of the organization, without its secret.
     *
     * @param scope the organization
     * @param id    the key's id (a string that is not a UUID finds nothing)
     * @return the key, never {@code null}
     * @throws ResourceNotFoundException if no such key exists in the organization
     */
    ApiKeyView get(@NotNull OrganizationScope scope, String id);

    /**
     * @param scope   the organization, and the actor creating the key (its creator)
     * @param request name, role and optional expiry
     * @return the key with its secret, shown this once
     * @throws InvalidRequestException if a field is missing, too long, or the expiry is not in the future
     * @throws UnprocessableException  if the role does not exist in the organization, or the expiry lies beyond the
     *                                 organization's maximum key lifetime
     * @throws AccessDeniedException   if the role grants permissions the actor does not hold
     */
    CreatedApiKey create(@NotNull OrganizationScope scope, @NotNull @Valid CreateApiKeyRequest request);

    /**
     * Revokes a key; it is refused from the very next request on.
     *
     * @param scope the organization
     * @param id    the key
     * @throws ResourceNotFoundException if no such key exists in the organization
     */
    void revoke(@NotNull OrganizationScope scope, String id);

    /**
     * @param scope the organization
     * @return its rules for API keys
     */
    ApiKeyPolicy policy(@NotNull OrganizationScope scope);

    /**
     * Replaces the organization's rules for API keys; they hold for existing keys from the next request on.
     *
     * @param scope  the organization
     * @param policy the new rules
     * @return the rules as stored
     * @throws InvalidRequestException if the maximum lifetime is outside 1 to {@value ApiKeyPolicy#MAX_DAYS} days
     */
    ApiKeyPolicy updatePolicy(@NotNull OrganizationScope scope, @NotNull @Valid ApiKeyPolicy policy);
}
