package io.orgkit.impl.invitation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import io.orgkit.impl.kernel.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the invitation email: who invites, to which organization, with which role, until when, and the accept link.
 * Organization names and inviters are user-supplied: they are stripped of control characters (no header injection
 * through the subject) and HTML-escaped in the HTML part. The email carries the token only inside the link.
 */
@ApplicationScoped
public class InvitationMailComposer {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]+");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_SUBJECT = 300;

    /**
     * @param recipient        the invited email
     * @param organizationName the organization's name
     * @param inviter          who invites, as shown to the recipient
     * @param role             the role offered
     * @param expiresAt        when the token stops working
     * @param acceptLink       the accept link, token included (see {@link #acceptLink})
     * @return the email
     */
    public OutgoingMail compose(String recipient, String organizationName, String inviter, String role,
                                Instant expiresAt, String acceptLink) {
        String organization = oneLine(organizationName);
        String by = oneLine(inviter);
        String roleName = oneLine(role);
        String link = acceptLink;
        String expiry = EXPIRY.format(expiresAt);

        String subject = by + " invited you to join " + organization;
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        String text = "Hello,\n\n"
                + by + " invited you to join " + organization + " as " + roleName + ".\n\n"
                + "Accept the invitation here:\n" + link + "\n\n"
                + "The link works once and expires on " + expiry + ".\n"
                + "If you did not expect this invitation, ignore this email.\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>Hello,</p>\n"
                + "<p><strong>" + escape(by) + "</strong> invited you to join <strong>" + escape(organization)
                + "</strong> as <strong>" + escape(roleName) + "</strong>.</p>\n"
                + "<p><a href=\"" + escape(link) + "\">Accept the invitation</a></p>\n"
                + "<p>The link works once and expires on " + escape(expiry) + ".<br>\n"
                + "If you did not expect this invitation, ignore this email.</p>\n"
                + "</body></html>\n";
        return new OutgoingMail(recipient, subject, text, html);
    }

    /**
     * @param template the link template ({@code org.invitations.accept-url})
     * @param token    an invitation token
     * @return the template with {@code {token}} replaced by the URL-encoded token
     */
    public static String acceptLink(String template, String token) {
        return template.replace("{token}", URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static String oneLine(String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll(" ").strip();
    }

    /**
     * @param value text
     * @return the text safe inside HTML elements and quoted attributes
     */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
