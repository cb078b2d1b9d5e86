package io.orgkit.impl.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.orgkit.impl.persistence.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The mail outbox, as the application's transactions use it: queue an email, cancel an invitation's unsent ones.
 * The dispatcher's side is {@link JpaOutboxClaimStore}.
 */
@ApplicationScoped
public class JpaOutboxStore {
    // Once a row is settled its body is of no use, and an invitation email's body holds a live token.
    private static final String WIPE_BODY = "body_text = '', body_html = ''";

    @Inject
    @OrgUnit
    private EntityManager em;

    public void add(OutboxMailEntity mail) {
        em.persist(mail);
    }

    public Optional<OutboxMailEntity> find(String id) {
        return Optional.ofNullable(em.find(OutboxMailEntity.class, id));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
