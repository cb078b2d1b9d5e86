/**
 * Organizations: the caller's current organization, its permission map, and the Super Admin console over all
 * organizations.
 */
package io.orgkit.api.organization;
