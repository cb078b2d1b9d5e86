/**
 * The audit log: who changed what in an organization, when, from where. Every change the module makes writes one
 * {@link io.orgkit.api.audit.AuditEventView event} in the change's own transaction; the action names are
 * {@link io.orgkit.api.audit.AuditActions}.
 */
package io.orgkit.api.audit;
