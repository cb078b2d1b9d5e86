package io.orgkit.impl.security;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Security events (failed and successful logins, lockouts, revoked keys), written to the logger
 * {@value #LOGGER} so that an operator can route them on their own: one line each, {@code security event <name>: <what
 * happened>}. Values that come from clients (emails, addresses) are written without control or format characters, so
 * that nobody can forge a line of the log through them.
 */
public final class SecurityEvents {
    /** The logger every security event goes to. */
    public static final String LOGGER = "io.orgkit.security";

    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final int MAX_VALUE = 300;

    private SecurityEvents() {
    }

    /**
     * @param event  the event's name, such as {@code login-locked}
     * @param detail what happened
     */
    public static void warning(String event, String detail) {
        LOG.log(Level.WARNING, () -> "security event " + event + ": " + detail);
    }

    /**
     * @param event  the event's name, such as {@code login-failed}
     * @param detail what happened
     */
    public static void info(String event, String detail) {
        LOG.log(Level.INFO, () -> "security event " + event + ": " + detail);
    }

    /**
     * @param value a value a client chose
     * @return it fit for one line of a log: control and format characters replaced, at most 300 characters
     */
    public static String quoted(String value) {
        if (value == null) {
            return "-";
        }
        String flat = UNPRINTABLE.matcher(value).replaceAll("?");
        return "'" + (flat.length() > MAX_VALUE ? flat.substring(0, MAX_VALUE) + "…" : flat) + "'";
    }
}
