/**
 * The Helidon adapter: the only package of the module that touches Helidon types.
 *
 * <p>A MicroProfile runtime other than Helidon replaces exactly what is here:
 * <ul>
 *     <li>run {@link io.orgkit.impl.security.CallerAuthenticator} once per request with the request's headers and
 *     method, answer 401 (with {@code WWW-Authenticate: Bearer}) for invalid credentials and 403 for a CSRF refusal;</li>
 *     <li>require authentication for methods carrying {@code @RolesAllowed}, {@code @RequiresPermission},
 *     {@code @RequiresSession} or {@code @RequiresMembership}, authenticate optionally for {@code @PermitAll};</li>
 *     <li>enforce {@code @RolesAllowed} against the caller's role and the {@code Super Admin} flag;</li>
 *     <li>provide a {@link io.orgkit.impl.security.CallerContext} bean that returns the request's caller.</li>
 * </ul>
 */
package io.orgkit.impl.security.helidon;
