package io.orgkit.impl.secret;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), through password4j. Hashes are PHC
 * strings, so the parameters travel with each hash and can be raised later without invalidating old ones.
 */
@ApplicationScoped
public class PasswordHasher {
    private static final int MEMORY_KIB = 19 * 1024;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(MEMORY_KIB, 2, 1, 32, Argon2.ID);
    // Each hash takes 19 MiB of heap for its run: a burst of logins must queue for a turn rather than exhaust a small
    // heap (twenty at once need 380 MiB), and more hashes at once than cores only make each one slower.
    private static final Semaphore TURNS = new Semaphore(concurrentHashes(Runtime.getRuntime()), true);
    // Verifying against this when the user does not exist keeps the answer time the same as for a wrong password. A
    // hash made once, with the parameters above and a salt as long as real hashes get, rather than at class
    // initialization: that cost every start a full Argon2 run on the start-up thread (0.27 s). Nothing about it is
    // secret: a check against it never signs anyone in. PasswordHasherTest keeps it in step with real hashes.
    static final String DECOY = "$argon2id$v=19$m=19456,t=2,p=1$UmG2Gs8V8m0c7/lqkJyCLw"
            + "$rXUuPxODXS7gXXY4e8iu2tk/IibDTLk9hnQD6Sdn5cA";

    private static final HashingWait AS_IS = Supplier::get;

    private final HashingWait aside;

    /**
     * Without a host's {@link HashingWait}: hashes run as they come (unit tests, and the container's proxy).
     */
    public PasswordHasher() {
        this.aside = AS_IS;
    }

    /**
     * @param aside the host's {@link HashingWait}, if it has one
     */
    @Inject
    public PasswordHasher(Instance<HashingWait> aside) {
        this.aside = aside.isResolvable() ? aside.get() : AS_IS;
    }

    /**
     * @param password the plain password
     * @return its Argon2id PHC string
     */
    public String hash(String password) {
        return inTurn(() -> Password.hash(password).with(ARGON2ID).getResult());
    }

    /**
     * @param password the plain password presented
     * @param hash     the stored hash, or {@code null} when there is no such user (a decoy is checked instead)
     * @return whether the password matches
     */
    public boolean verify(String password, String hash) {
        return inTurn(() -> {
            if (hash == null) {
                Password.check(password, DECOY).with(ARGON2ID);
                return false;
            }
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        });
    }

    /**
     * @param runtime the JVM
     * @return how many hashes may run at once: one per core, and no more than a quarter of the heap holds
     */
    private static int concurrentHashes(Runtime runtime) {
        long perHash = MEMORY_KIB * 1024L;
        long byHeap = runtime.maxMemory() / 4 / perHash;
        return (int) Math.max(1, Math.min(runtime.availableProcessors(), byHeap));
    }

    private <T> T inTurn(Supplier<T> work) {
        return aside.aside(() -> inHashingTurn(work));
    }

    private static <T> T inHashingTurn(Supplier<T> work) {
        try {
            TURNS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check a password", e);
        }
        try {
            return work.get();
        } finally {
            TURNS.release();
        }
    }
}
