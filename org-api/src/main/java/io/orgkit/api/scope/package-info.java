/**
 * Who acts, and on which organization: the explicit scope every organization-level service method is given.
 */
package io.orgkit.api.scope;
