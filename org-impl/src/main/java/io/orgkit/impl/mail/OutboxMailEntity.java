package io.orgkit.impl.mail;

import java.time.Instant;

import io.orgkit.impl.kernel.OutgoingMail;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One email of the transactional outbox: written in the same transaction as what it reports, sent later by
 * {@link MailDispatcher}. Claiming, settling and cancelling are conditional updates in {@link JpaOutboxClaimStore} and {@link JpaOutboxStore}, so this
 * entity is only ever inserted and read.
 */
@Entity
@Table(name = "orgkit_mail_outbox")
public class OutboxMailEntity {
    @Id
    private String id;
    @Column(name = "organization_id")
    private String organizationId;
    @Column(name = "invitation_id")
    private String invitationId;
    @Column(nullable = false, length = 254)
    private String recipient;
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(name = "body_text", nullable = false)
    private String bodyText;
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboxStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "claimed_by", length = 64)
    private String claimedBy;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "last_error", length = 1000)
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMailEntity() {
    }

    public OutboxMailEntity(String id, String organizationId, String invitationId, OutgoingMail mail, Instant now) {
        this.id = id;
        this.organizationId = organizationId;
        this.invitationId = invitationId;
        this.recipient = mail.recipient();
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.status = OutboxStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String invitationId() {
        return invitationId;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public String lastError() {
        return lastError;
    }

    public OutgoingMail mail() {
        return new OutgoingMail(recipient, subject, bodyText, bodyHtml);
    }
}
