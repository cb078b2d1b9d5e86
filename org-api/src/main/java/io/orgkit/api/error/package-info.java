/**
 * Typed failures. Each subclass of {@link io.orgkit.api.error.OrgException} maps to one HTTP status and is
 * rendered as {@code application/problem+json}; anything else a service throws is a server error (500).
 */
package io.orgkit.api.error;
