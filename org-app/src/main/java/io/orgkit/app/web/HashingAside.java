package io.orgkit.app.web;

import java.util.function.Supplier;

import io.helidon.common.context.Contexts;
import io.orgkit.impl.secret.HashingWait;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A request steps out of its {@link Admission.Turn turn} while it waits for and runs a password hash: the hashes have
 * a limit of their own (one per core), so a burst of logins would otherwise hold every turn while parked behind it,
 * and other requests, which need no hash, would wait or be refused. It takes a turn again, in line, afterwards.
 */
@ApplicationScoped
public class HashingAside implements HashingWait {
    @Override
    public <T> T aside(Supplier<T> hashing) {
        Admission.Turn turn = Contexts.context().flatMap(context -> context.get(Admission.Turn.class)).orElse(null);
        if (turn == null) {
            return hashing.get();
        }
        turn.stepAside();
        try {
            return hashing.get();
        } finally {
            turn.resume();
        }
    }
}
