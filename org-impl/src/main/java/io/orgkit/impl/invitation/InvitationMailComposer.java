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
 * Organization names, inviters and role names are user-supplied, and an email is where a forged name does harm:
 * <ul>
 * <li>control, format (bidirectional overrides and isolates, zero-width spaces and joiners), separator and unusual
 * space characters are removed, so a name can neither break a header nor show other text than it holds;</li>
 * <li>they are never links: every {@code .} becomes {@code ․} (U+2024 ONE DOT LEADER) and every {@code /} becomes
 * {@code ∕} (U+2215 DIVISION SLASH), which read the same but give mail clients no address or URL to turn into a link
 * ({@code evil.example} or {@code https://evil.example} in an organization's name stays text);</li>
 * <li>they are HTML-escaped in the HTML part.</li>
 * </ul>
 * The email carries the token only inside the accept link, the one link of the email.
 */
@ApplicationScoped
public class InvitationMailComposer {
    // Control, format (bidi controls, zero-width characters), line and paragraph separators: removed.
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");
    // Any other kind of space (no-break, ideographic, ...): an ordinary one.
    private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");
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

    /**
     * @param value a name a user chose
     * @return it as an email may show it: on one line, without invisible characters, never a link
     */
    static String oneLine(String value) {
        if (value == null) {
            return "";
        }
        String visible = INVISIBLE.matcher(value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' '))
                .replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip().replace('.', '\u2024').replace('/', '\u2215');
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
