/**
 * Users and sessions.
 */
package io.orgkit.api.auth;
