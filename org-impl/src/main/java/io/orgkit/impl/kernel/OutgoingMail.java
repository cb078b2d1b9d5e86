package io.orgkit.impl.kernel;

/**
 * One email, ready to be sent: a plain text part and an HTML part of the same content.
 *
 * @param recipient the one recipient's address
 * @param subject   the subject, without line breaks
 * @param text      the plain text body
 * @param html      the HTML body, every user-supplied value escaped
 */
public record OutgoingMail(String recipient, String subject, String text, String html) {
}
