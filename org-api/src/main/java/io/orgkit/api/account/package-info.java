/**
 * The signed-in user's own account: profile, password, organizations, password reset by email.
 */
package io.orgkit.api.account;
