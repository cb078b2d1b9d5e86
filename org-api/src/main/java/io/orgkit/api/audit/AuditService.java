package io.orgkit.api.audit;

import java.util.function.Consumer;

import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.scope.OrganizationScope;
import jakarta.validation.constraints.NotNull;

/**
 * Reading an organization's audit log. Writing happens inside the module, with each change.
 */
public interface AuditService {

    /**
     * The organization's events, newest first.
     *
     * @param scope  the organization and the actor reading; the actor needs {@code audit.read}
     * @param filter which events; never {@code null}
     * @param page   which page
     * @return one page of events, newest first
     * @throws io.orgkit.api.error.AccessDeniedException   without {@code audit.read}
     * @throws io.orgkit.api.error.InvalidRequestException for a cursor this API did not issue, or a filter out of bounds
     */
    Page<AuditEventView> list(@NotNull OrganizationScope scope, @NotNull AuditEventFilter filter,
                              @NotNull PageRequest page);

    /**
     * Every matching event, newest first, handed to {@code sink} one at a time as it is read: an export of any size
     * holds one page in memory at a time.
     *
     * @param scope  the organization and the actor reading; the actor needs {@code audit.read}
     * @param filter which events; never {@code null}
     * @param sink   receives each event; never {@code null}
     * @throws io.orgkit.api.error.AccessDeniedException without {@code audit.read}
     */
    void export(@NotNull OrganizationScope scope, @NotNull AuditEventFilter filter,
                @NotNull Consumer<AuditEventView> sink);
}
