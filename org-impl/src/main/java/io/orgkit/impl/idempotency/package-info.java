/**
 * {@code Idempotency-Key} on POST: the stored requests and their answers, shared by every node through the database.
 * The HTTP side is {@code web.IdempotencyFilter}.
 */
package io.orgkit.impl.idempotency;
