package io.orgkit.impl.invitation;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The life of an invitation: pending until accepted, revoked or past its expiry, and only a pending one changes.
 */
class InvitationLifeTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Duration TTL = Duration.ofDays(7);

    @Test
    void aPendingInvitationExpiresWithTimeWithoutBeingWritten() {
        InvitationEntity invitation = invitation();
        assertEquals(InvitationStatus.PENDING, invitation.statusAt(NOW.plus(TTL).minusMillis(1)));
        assertEquals(InvitationStatus.EXPIRED, invitation.statusAt(NOW.plus(TTL)));
    }

    @Test
    void acceptingOrRevokingEndsIt() {
        InvitationEntity accepted = invitation();
        accepted.accept(NOW.plusSeconds(1));
        assertEquals(InvitationStatus.ACCEPTED, accepted.statusAt(NOW.plus(TTL).plusSeconds(1)));
        InvitationEntity revoked = invitation();
        revoked.revoke(NOW.plusSeconds(1));
        assertEquals(InvitationStatus.REVOKED, revoked.statusAt(NOW.plusSeconds(2)));
    }

    @Test
    void aResendGivesANewTokenAndAFreshExpiry() {
        InvitationEntity invitation = invitation();
        invitation.reissue("new-hash", NOW.plus(Duration.ofDays(6)), TTL);
        assertEquals("new-hash", invitation.tokenHash());
        assertEquals(2, invitation.sendCount());
        assertEquals(InvitationStatus.PENDING, invitation.statusAt(NOW.plus(Duration.ofDays(12))));
    }

    @Test
    void onlyAPendingInvitationChanges() {
        InvitationEntity accepted = invitation();
        accepted.accept(NOW);
        assertThrows(IllegalStateException.class, () -> accepted.revoke(NOW));
        assertThrows(IllegalStateException.class, () -> accepted.accept(NOW));
        InvitationEntity expired = invitation();
        assertThrows(IllegalStateException.class, () -> expired.reissue("h", NOW.plus(TTL), TTL));
        assertThrows(IllegalStateException.class, () -> expired.accept(NOW.plus(TTL)));
    }

    private static InvitationEntity invitation() {
        return new InvitationEntity("id", "org", "a@example.test", "Member", "hash", null, "tests", NOW, TTL);
    }
}
