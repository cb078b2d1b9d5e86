package io.orgkit.impl.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.orgkit.impl.kernel.OutgoingMail;

/**
 * Writes the password reset email. It holds no name anyone chose (nothing to escape but the link, which is the
 * configured template with the token URL-encoded into it) and says what to do if the reader did not ask.
 */
final class PasswordResetMail {
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private PasswordResetMail() {
    }

    /**
     * @param recipient the account's email
     * @param template  the link template, {@code {token}} to be replaced
     * @param token     the reset token
     * @param expiresAt when the token stops working
     * @return the email
     */
    static OutgoingMail compose(String recipient, String template, String token, Instant expiresAt) {
        String link = template.replace("{token}", URLEncoder.encode(token, StandardCharsets.UTF_8));
        String expiry = EXPIRY.format(expiresAt);
        String text = "Hello,\n\n"
                + "Someone asked to reset the password of this account. To choose a new password, open:\n"
                + link + "\n\n"
                + "The link works once and expires on " + expiry + ". Setting a new password signs the account out "
                + "everywhere.\n"
                + "If you did not ask for this, ignore this email: your password stays as it is.\n";
        String html = "<!DOCTYPE html>\n<html><body>\n"
                + "<p>Hello,</p>\n"
                + "<p>Someone asked to reset the password of this account.</p>\n"
                + "<p><a href=\"" + escape(link) + "\">Choose a new password</a></p>\n"
                + "<p>The link works once and expires on " + escape(expiry) + ". Setting a new password signs the "
                + "account out everywhere.<br>\n"
                + "If you did not ask for this, ignore this email: your password stays as it is.</p>\n"
                + "</body></html>\n";
        return new OutgoingMail(recipient, "Reset your password", text, html);
    }

    private static String escape(String value) {
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
