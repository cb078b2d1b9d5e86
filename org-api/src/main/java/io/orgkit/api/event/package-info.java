/**
 * Typed CDI events for the host application: one record per kind of organization-level change, fired in the change's
 * transaction, to be observed {@code during = TransactionPhase.AFTER_SUCCESS}. See
 * {@link io.orgkit.api.event.OrganizationEvent}.
 */
package io.orgkit.api.event;
