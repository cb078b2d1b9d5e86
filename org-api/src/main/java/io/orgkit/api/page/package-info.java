/**
 * Keyset pagination shared by every list.
 */
package io.orgkit.api.page;
