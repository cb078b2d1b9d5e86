package io.orgkit.impl.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theDecoyCostsWhatARealHashCostsSoUnknownUsersAnswerInTheSameTime() {
        String real = hasher.hash("correct horse battery staple");
        assertEquals(Argon2Function.getInstanceFromHash(real), Argon2Function.getInstanceFromHash(PasswordHasher.DECOY),
                "same memory, iterations, lanes, length and variant");
        assertEquals(salt(real).length(), salt(PasswordHasher.DECOY).length(), "a salt as long as real ones");
    }

    @Test
    void anUnknownUserIsNeverSignedInWhateverThePassword() {
        assertFalse(hasher.verify("decoy password, never matches", null));
        assertFalse(hasher.verify("", null));
    }

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hasher.verify("correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapler", hash));
    }

    // $argon2id$v=19$m=...,t=...,p=...$SALT$HASH
    private static String salt(String phc) {
        return phc.split("\\$")[4];
    }
}
