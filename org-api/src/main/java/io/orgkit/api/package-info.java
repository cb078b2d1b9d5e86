/**
 * The orgkit contract: what a host application or a client may rely on.
 *
 * <p>Everything here depends on Jakarta and MicroProfile APIs only. Records are the JSON shapes of the HTTP API,
 * service interfaces are what the resources call, exceptions in {@link io.orgkit.api.error} are the failures
 * a caller can meet, each with one HTTP status. Unless a method says otherwise, parameters must not be
 * {@code null} and results are never {@code null}.
 */
package io.orgkit.api;
