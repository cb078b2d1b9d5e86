/**
 * Invitations by email: an organization's members invite, re-send and revoke; the recipient looks the invitation up
 * and accepts it with the token from the email.
 */
package io.orgkit.api.invitation;
