package io.orgkit.api.apikey;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;

/**
 * API keys of the caller's active organization. Every method needs an Admin session of that organization.
 */
public interface ApiKeyService {
    /**
     * @param page which page
     * @return the organization's keys, oldest first, without secrets
     * @throws InvalidRequestException if the cursor does not decode
     */
    Page<ApiKeyView> list(PageRequest page);

    /**
     * @param request name, role and optional expiry
     * @return the key with its secret, shown this once
     * @throws InvalidRequestException if a field is missing, too long, or the expiry is not in the future
     * @throws UnprocessableException  if the role does not exist in the organization
     * @throws AccessDeniedException   if the role grants permissions the caller does not hold
     */
    CreatedApiKey create(CreateApiKeyRequest request);

    /**
     * Revokes a key; it is refused from the very next request on.
     *
     * @param id the key
     * @throws ResourceNotFoundException if no such key exists in the caller's organization
     */
    void revoke(String id);
}
