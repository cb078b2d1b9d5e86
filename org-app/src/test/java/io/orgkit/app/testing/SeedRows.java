package io.orgkit.app.testing;

import java.util.UUID;

import io.orgkit.impl.persistence.Ids;

/**
 * What bulk seeds need to write many rows in one {@code INSERT … SELECT} that the database runs by itself, instead
 * of sending every row over JDBC: a table of row numbers, and ids shaped as the module's own.
 */
public final class SeedRows {
    /** The SQL of row {@code r.n}'s id; bind a prefix from {@link #idPrefix()} or {@link #lastIdPrefix()}. */
    public static final String ID = "CONCAT(?, LPAD(r.n, 12, '0'))";

    private SeedRows() {
    }

    /** Rows per statement: H2 inserts 100,000 rows faster as 20 statements of 5,000 than as one. */
    public static final int CHUNK = 5_000;

    /**
     * @param from the first number
     * @param to   the last number
     * @return a derived table {@code r} with one column {@code n}: the numbers {@code from} to {@code to} as text,
     *         from MariaDB's SEQUENCE engine or H2's {@code SYSTEM_RANGE}
     */
    public static String numbers(int from, int to) {
        if (System.getProperty("org.db.url", "").startsWith("jdbc:mariadb:")) {
            return "(SELECT CAST(seq AS CHAR) AS n FROM seq_" + from + "_to_" + to + ") r";
        }
        return "(SELECT CAST(v AS VARCHAR) AS n FROM SYSTEM_RANGE(" + from + ", " + to + ") s(v)) r";
    }

    /**
     * The first 24 characters of a UUIDv7 of this millisecond with random bits of its own (two seeds in one
     * millisecond do not collide); {@link #ID} adds the row number as the last 12 digits.
     */
    public static String idPrefix() {
        return Ids.newId().substring(0, 15) + UUID.randomUUID().toString().substring(15, 24);
    }

    /**
     * The first 24 characters of a UUIDv7 of this millisecond with its random bits at their highest: ids made with it
     * sort after every id made before (those of this millisecond too, unless their random bits start as high), in row
     * number order.
     */
    public static String lastIdPrefix() {
        return Ids.newId().substring(0, 15) + "fff-bfff-";
    }

    /** @return the id {@link #ID} gives row {@code n} */
    public static String id(String prefix, int n) {
        return prefix + String.format("%012d", n);
    }
}
