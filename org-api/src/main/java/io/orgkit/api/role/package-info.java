/**
 * Roles of an organization: the system roles every organization has, and the organization's own roles, which may
 * shadow a system role of the same name.
 */
package io.orgkit.api.role;
