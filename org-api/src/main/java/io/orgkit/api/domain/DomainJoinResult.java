package io.orgkit.api.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What joining by a verified domain did.
 *
 * @param result {@code joined} (a member now, with the domain's default role) or {@code invited} (an invitation was
 *               emailed)
 */
public record DomainJoinResult(@Schema(enumeration = {"joined", "invited"}) String result) {
}
