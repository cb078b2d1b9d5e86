package io.orgkit.impl.persistence;

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
}
