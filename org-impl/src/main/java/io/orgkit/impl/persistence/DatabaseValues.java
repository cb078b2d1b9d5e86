package io.orgkit.impl.persistence;

import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads columns of native query results, whose Java types differ between JDBC drivers (MariaDB, H2).
 */
public final class DatabaseValues {
    private DatabaseValues() {
    }

    /**
     * @param value a {@code DATETIME(6)} column holding UTC, as the driver returned it; may be {@code null}
     * @return the instant, or {@code null}
     */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }

    /**
     * @param value a {@code BOOLEAN} column (MariaDB's is a TINYINT)
     * @return its truth
     */
    public static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof Number n && n.intValue() != 0;
    }

    /**
     * @param value a text column: a string, or where the driver answers a {@code TEXT} column with a large object (H2),
     *              that object; may be {@code null}
     * @return the text, or {@code null}
     */
    public static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.length() == 0 ? "" : clob.getSubString(1, Math.toIntExact(clob.length()));
            } catch (SQLException e) {
                throw new IllegalStateException("A text column could not be read", e);
            }
        }
        return (String) value;
    }

    /**
     * @param value an integer column; may be {@code null}
     * @return its value, or {@code null}
     */
    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /**
     * @param value a {@code BIGINT} column
     * @return its value
     */
    public static long longValue(Object value) {
        return ((Number) value).longValue();
    }
}
