package io.orgkit.api.member;

import io.orgkit.api.validation.MaxCodePoints;

/**
 * Optional filters of the member list; both may be combined.
 *
 * @param role  {@code ?role=}: only members holding the role of this name, compared case-insensitively; {@code null}
 *              or blank for any role. A name that is no role of the organization matches nobody.
 * @param q     {@code ?q=}: only members whose email or name contains this text, case-insensitively; {@code null} or
 *              blank for everyone. At most 254 characters.
 */
public record MemberFilter(@MaxCodePoints(64) String role, @MaxCodePoints(254) String q) {

    /**
     * @return a filter that keeps every member
     */
    public static MemberFilter none() {
        return new MemberFilter(null, null);
    }
}
