/**
 * Permissions: the catalog, its extension point, and the annotations that gate endpoints.
 */
package io.orgkit.api.permission;
