package io.orgkit.impl.member;

import io.orgkit.api.member.MemberView;
import io.orgkit.impl.kernel.JpaMembershipStore.MemberRow;
import io.orgkit.impl.kernel.MembershipEntity;

/**
 * Members as clients see them.
 */
final class MemberMapper {
    private MemberMapper() {
    }

    /**
     * @param row        the member
     * @param privateToo whether the reader is one of the organization's Admins or the Super Admin
     */
    static MemberView view(MemberRow row, boolean privateToo) {
        MembershipEntity member = row.membership();
        return new MemberView(member.id(), member.userId(), row.user().email(), row.user().name(), member.roleName(),
                member.joinedAt(), member.publicMetadata(), privateToo ? member.privateMetadata() : null);
    }
}
