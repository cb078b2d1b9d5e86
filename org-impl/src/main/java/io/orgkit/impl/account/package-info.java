/**
 * The signed-in user's own account: profile, password change and reset by email, organizations and leaving one.
 */
package io.orgkit.impl.account;
