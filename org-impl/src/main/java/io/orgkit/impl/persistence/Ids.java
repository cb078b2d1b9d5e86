package io.orgkit.impl.persistence;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import io.orgkit.api.validation.Uuid;

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
        return Uuid.Validator.isUuid(value);
    }

    /**
     * @param value a candidate id from a client, possibly {@code null}
     * @return the id as stored (lower case), if it is one; a malformed id can name nothing, so callers answer it as
     *         they answer an unknown one
     */
    public static Optional<String> parse(String value) {
        return isWellFormed(value) ? Optional.of(value.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
