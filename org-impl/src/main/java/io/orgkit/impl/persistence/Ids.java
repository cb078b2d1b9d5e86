package io.orgkit.impl.persistence;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * New identifiers: UUIDv7, time-ordered, so that ordering by id is ordering by creation and keyset pages need no
 * second sort column.
 */
public final class Ids {
    private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    /**
     * @return a new UUIDv7 in its canonical lower-case string form
     */
    public static String newId() {
        return GENERATOR.generate().toString();
    }

    /**
     * @param value a candidate id from a client
     * @return whether it is a UUID in canonical form (what every id of this module is)
     */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equals(value.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
