/**
 * Verified domains: an organization proves it controls an email domain (by a DNS TXT record or by a code mailed to an
 * address at it) and says what happens to users whose email is at that domain.
 */
package io.orgkit.api.domain;
