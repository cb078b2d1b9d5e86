package io.orgkit.impl.audit;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.orgkit.api.audit.AuditEventFilter;
import io.orgkit.api.audit.AuditEventView;
import io.orgkit.api.audit.AuditService;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.page.Page;
import io.orgkit.api.page.PageRequest;
import io.orgkit.api.permission.Permissions;
import io.orgkit.api.scope.OrganizationScope;
import io.orgkit.impl.kernel.AuditEventEntity;
import io.orgkit.impl.kernel.Authorization;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.Keyset;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Reads an organization's audit log, newest first.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultAuditService implements AuditService {
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_]*(\\.([a-z][a-z0-9_]*)?)?");
    private static final Pattern TARGET_TYPE = Pattern.compile("[a-z][a-z_]{0,31}");
    private static final int EXPORT_PAGE = 100;

    private JpaAuditEventStore events;

    /**
     * For the container's client proxy.
     */
    protected DefaultAuditService() {
    }

    @Inject
    public DefaultAuditService(JpaAuditEventStore events) {
        this.events = events;
    }

    @Override
    @ReadWithoutTransaction
    public Page<AuditEventView> list(OrganizationScope scope, AuditEventFilter filter, PageRequest page) {
        Authorization.requireAll(scope, java.util.Set.of(Permissions.AUDIT_READ), "Reading the audit log");
        check(filter);
        return Keyset.page(events.page(scope.organizationId(), filter, Keyset.after(page), page.limit()),
                page.limit(), AuditEventMapper::view, AuditEventView::id);
    }

    @Override
    @ReadWithoutTransaction
    public void export(OrganizationScope scope, AuditEventFilter filter, Consumer<AuditEventView> sink) {
        Authorization.requireAll(scope, java.util.Set.of(Permissions.AUDIT_READ), "Exporting the audit log");
        check(filter);
        String before = null;
        while (true) {
            List<AuditEventEntity> rows = events.page(scope.organizationId(), filter, before, EXPORT_PAGE);
            rows.stream().limit(EXPORT_PAGE).map(AuditEventMapper::view).forEach(sink);
            if (rows.size() <= EXPORT_PAGE) {
                return;
            }
            before = rows.get(EXPORT_PAGE - 1).id();
        }
    }

    private static void check(AuditEventFilter filter) {
        if (filter.action() != null && (filter.action().length() > 64 || !ACTION.matcher(filter.action()).matches())) {
            throw InvalidRequestException.field("action", "must be an action name such as member.removed, or a prefix "
                    + "ending in a dot such as member.");
        }
        if (filter.actorId() != null && !Ids.isWellFormed(filter.actorId())) {
            throw InvalidRequestException.field("actorId", "must be a user's or an API key's id");
        }
        if (filter.targetId() != null && !Ids.isWellFormed(filter.targetId())) {
            throw InvalidRequestException.field("targetId", "must be an id");
        }
        if (filter.targetType() != null && !TARGET_TYPE.matcher(filter.targetType()).matches()) {
            throw InvalidRequestException.field("targetType", "must be a target type such as member");
        }
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw InvalidRequestException.field("to", "must be after from");
        }
    }
}
