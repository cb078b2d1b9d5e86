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

    static MemberView view(MemberRow row) {
        MembershipEntity member = row.membership();
        return new MemberView(member.id(), member.userId(), row.user().email(), row.user().name(), member.roleName(),
                member.joinedAt());
    }
}
