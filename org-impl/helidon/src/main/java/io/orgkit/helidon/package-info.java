/**
 * The Helidon MP adapter of orgkit ({@code io.orgkit:org-impl-helidon}): the only code of the module that touches
 * Helidon types.
 *
 * <p>The module authenticates and enforces its gates itself (see {@link io.orgkit.impl.security.AuthenticationFilter}
 * and {@link io.orgkit.impl.security.GateInterceptor}). What is here lets Helidon know the caller too, for a host
 * application's own Helidon-secured endpoints: an authentication provider that hands Helidon the caller the module
 * resolved, an annotation analyzer that keeps Helidon from answering 403 to {@code @RolesAllowed} endpoints before
 * authentication, the client's address from Helidon's request, a problem+json answer for paths no route serves, and
 * the gate that keeps {@code /metrics} for Super Admins.
 */
package io.orgkit.helidon;
