package io.orgkit.app.testing;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.orgkit.api.organization.OrganizationFields;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.invitation.InvitationIssuer;
import io.orgkit.impl.kernel.JpaOrganizationStore;
import io.orgkit.impl.kernel.MailQueue;
import io.orgkit.impl.kernel.OrganizationEntity;
import io.orgkit.impl.kernel.OutgoingMail;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.OrgUnit;
import io.orgkit.impl.persistence.SystemTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Invitation test data through the real issuer and outbox, plus the clock tricks tests need (expiry, cooldown).
 */
@ApplicationScoped
public class InvitationFixtures {
    private static final Pattern TOKEN_IN_LINK = Pattern.compile("[?&#]token=([A-Za-z0-9_%\\-]+)");

    @Inject
    InvitationIssuer issuer;
    @Inject
    MailQueue outbox;
    @Inject
    io.orgkit.impl.mail.OutboxClaims claims;
    @Inject
    JpaOrganizationStore organizations;
    @Inject
    SystemTime time;
    @Inject
    @OrgUnit
    EntityManager em;

    /** A random client address, so each test's token failures are counted apart (X-Forwarded-For is trusted). */
    public static String clientIp() {
        UUID random = UUID.randomUUID();
        long bits = random.getMostSignificantBits();
        return "10." + (bits & 0xff) + "." + ((bits >> 8) & 0xff) + "." + ((bits >> 16) & 0xff);
    }

    /** Issues an invitation through the real issuer (as the organization creation does); returns its token. */
    @Transactional
    public Issued issue(String organizationId, String email, String role) {
        InvitationIssuer.Issued issued = issuer.issue(organizationId, email, role, Actor.system("Test Inviter"));
        return new Issued(issued.invitation().id(), issued.token());
    }

    /** An organization with exactly this name (bypassing validation, to test what a stored name may contain). */
    @Transactional
    public String organizationNamed(String name) {
        OrganizationEntity organization = new OrganizationEntity(Ids.newId(), OrganizationFields.named(name),
                time.now());
        organizations.add(organization);
        return organization.id();
    }

    /** Moves an invitation's expiry into the past. */
    @Transactional
    public void expire(String invitationId) {
        update("UPDATE orgkit_invitation SET expires_at = ? WHERE id = ?", utc(time.now().minusSeconds(1)), invitationId);
    }

    /** Pretends the invitation was last sent long ago, past the resend cooldown. */
    @Transactional
    public void sentLongAgo(String invitationId) {
        update("UPDATE orgkit_invitation SET last_sent_at = ? WHERE id = ?", utc(time.now().minus(Duration.ofHours(1))),
                invitationId);
    }

    /** Queues a plain email straight into the outbox. */
    @Transactional
    public String enqueue(String recipient, String subject) {
        return outbox.enqueue(null, null, new OutgoingMail(recipient, subject, "text " + subject,
                "<p>html " + subject + "</p>"));
    }

    /** The outbox rows of an invitation: {status, attempts, last_error, body_text}, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Object[]> outboxRows(String invitationId) {
        return em.createNativeQuery("SELECT status, attempts, last_error, body_text FROM orgkit_mail_outbox "
                        + "WHERE invitation_id = ? ORDER BY created_at, id")
                .setParameter(1, invitationId)
                .getResultList();
    }

    /** One outbox row by id: {status, attempts, last_error, body_text, claimed_by}. */
    @Transactional
    public Object[] outboxRow(String id) {
        return (Object[]) em.createNativeQuery("SELECT status, attempts, last_error, body_text, claimed_by "
                        + "FROM orgkit_mail_outbox WHERE id = ?")
                .setParameter(1, id)
                .getSingleResult();
    }

    /** The invitation token in an email's accept link. */
    public static String tokenOf(MimeMessage message) {
        Matcher matcher = TOKEN_IN_LINK.matcher(textPart(message));
        if (!matcher.find()) {
            throw new AssertionError("No accept link in: " + textPart(message));
        }
        return URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
    }

    public static String textPart(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String htmlPart(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            MimeMultipart multipart = (MimeMultipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return part.getContent().toString();
                }
            }
            throw new AssertionError("No " + type + " part");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * @param id    the invitation
     * @param token its token
     */
    public record Issued(String id, String token) {
    }
}
