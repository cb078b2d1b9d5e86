package io.orgkit.impl.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), through password4j. Hashes are PHC
 * strings, so the parameters travel with each hash and can be raised later without invalidating old ones.
 */
@ApplicationScoped
public class PasswordHasher {
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    // Verifying against this when the user does not exist keeps the answer time the same as for a wrong password.
    private static final String DECOY = Password.hash("decoy password, never matches").with(ARGON2ID).getResult();

    /**
     * @param password the plain password
     * @return its Argon2id PHC string
     */
    public String hash(String password) {
        return Password.hash(password).with(ARGON2ID).getResult();
    }

    /**
     * @param password the plain password presented
     * @param hash     the stored hash, or {@code null} when there is no such user (a decoy is checked instead)
     * @return whether the password matches
     */
    public boolean verify(String password, String hash) {
        if (hash == null) {
            Password.check(password, DECOY).with(ARGON2ID);
            return false;
        }
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }
}
