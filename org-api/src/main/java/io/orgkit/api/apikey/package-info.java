/**
 * Organization API keys.
 */
package io.orgkit.api.apikey;
