package io.orgkit.api.domain;

import java.util.List;

import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.api.error.UnprocessableException;
import io.orgkit.api.scope.Actor;
import io.orgkit.api.scope.OrganizationScope;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The domains of one organization, and joining an organization by the domain of one's email.
 */
public interface DomainService {

    /**
     * @param scope the organization
     * @return its domains, oldest first
     */
    List<DomainView> list(@NotNull OrganizationScope scope);

    /**
     * @param scope the organization
     * @param id    a domain id
     * @return the domain
     * @throws ResourceNotFoundException if the organization has no such domain
     */
    DomainView get(@NotNull OrganizationScope scope, String id);

    /**
     * Claims a domain, pending until verified.
     *
     * @param scope   the organization
     * @param request the domain
     * @return the pending domain, with the TXT record that would verify it
     * @throws UnprocessableException if the domain is a public suffix or a free-mail domain, or not a domain name
     *                                (field {@code domain}), or the default role is no role of the organization
     * @throws ConflictException      if the organization already claims it, or another organization has it verified
     */
    DomainView add(@NotNull OrganizationScope scope, @NotNull @Valid AddDomainRequest request);

    /**
     * @param scope the organization
     * @param id    a domain id
     * @param patch a JSON merge patch of {@link DomainFields}
     * @return the domain after the change
     */
    DomainView update(@NotNull OrganizationScope scope, String id, @NotNull JsonObject patch);

    /**
     * Mails an 8-digit code, valid for an hour, to {@code localPart@domain}; a new code replaces the previous one.
     *
     * @param scope   the organization
     * @param id      a pending domain
     * @param request the address's local part
     * @throws ConflictException if the domain is already verified
     */
    void sendCode(@NotNull OrganizationScope scope, String id, @NotNull @Valid DomainCodeRequest request);

    /**
     * Verifies a pending domain by its TXT record or by the mailed code.
     *
     * @param scope   the organization
     * @param id      a domain id
     * @param request how
     * @return the verified domain
     * @throws UnprocessableException if the TXT record is missing or wrong, or the code is wrong or expired
     * @throws ConflictException      if another organization has verified the domain first
     */
    DomainView verify(@NotNull OrganizationScope scope, String id, @NotNull @Valid VerifyDomainRequest request);

    /**
     * @param scope the organization
     * @param id    a domain id
     */
    void remove(@NotNull OrganizationScope scope, String id);

    /**
     * Joins an organization through one of its verified domains, for a user whose email is verified at that domain:
     * with mode {@code join} the user becomes a member with the domain's default role; with {@code invitation} an
     * invitation is emailed to it. A user who is a member of another organization stays there: nobody is ever moved.
     *
     * @param user           the user's session
     * @param organizationId the organization
     * @return {@code "joined"} or {@code "invited"}
     * @throws ResourceNotFoundException if the organization has no verified domain of the user's email open to
     *                                   joining (or the user's email is not verified)
     * @throws ConflictException         if the user is already a member, or the member limit is reached
     */
    String join(@NotNull Actor user, @NotNull String organizationId);
}
