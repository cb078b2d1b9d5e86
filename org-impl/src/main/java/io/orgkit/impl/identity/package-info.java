/**
 * Bearer tokens of the host application's identity provider (OpenID Connect JWTs) as a third kind of credential:
 * checked against the provider's key set, mapped to a user of the module by subject or verified email.
 */
package io.orgkit.impl.identity;
