/**
 * Webhooks of an organization: an HTTPS endpoint that receives the organization's events, signed as the Standard
 * Webhooks specification says, and the log of their deliveries.
 */
package io.orgkit.api.webhook;
