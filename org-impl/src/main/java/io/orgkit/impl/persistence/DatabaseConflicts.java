package io.orgkit.impl.persistence;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.OrgException;
import jakarta.persistence.OptimisticLockException;

/**
 * The one translator from what the database refused to what the client is told. It recognizes, on MariaDB and on H2:
 * a unique or foreign key violated (SQL state class 23), a transaction the database rolled back to settle a race
 * (deadlock, serialization failure, H2's "concurrent update", SQL state class 40), a lock wait that timed out, and an
 * optimistic-lock conflict. Each store names the constraints its rows can violate and what each means.
 */
public final class DatabaseConflicts {

    // Set by because(), read and cleared by RetryOnRaceInterceptor around each attempt (on the request's thread).
    private static final ThreadLocal<Boolean> RACE_LOST = new ThreadLocal<>();

    private DatabaseConflicts() {
    }

    /**
     * What kind of refusal a failure is.
     */
    public enum Kind {
        /** A unique or foreign key was violated. */
        CONSTRAINT,
        /** The database rolled back or timed out to settle concurrent writers; retrying may succeed. */
        RACE,
        /** A version check failed: someone else changed the row first. */
        STALE
    }

    /**
     * @param failure anything a persistence operation threw
     * @return what kind of database refusal it is, if it is one
     */
    public static Optional<Kind> classify(Throwable failure) {
        return refusal(failure, 0).flatMap(DatabaseConflicts::own);
    }

    // The first throwable in the chain that says what the database refused. A transaction manager reports a commit the
    // database refused (a Galera certification failure is a deadlock, 1213, answered to COMMIT) as a rollback or
    // heuristic outcome with the driver's error attached as suppressed, not as its cause: both are looked at.
    private static Optional<Throwable> refusal(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = next(cause), depth++) {
            if (own(cause).isPresent()) {
                return Optional.of(cause);
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                Optional<Throwable> found = refusal(suppressed, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    // What one throwable says by itself, without its causes.
    private static Optional<Kind> own(Throwable cause) {
        if (cause instanceof OptimisticLockException) {
            return Optional.of(Kind.STALE);
        }
        if (cause instanceof SQLIntegrityConstraintViolationException) {
            return Optional.of(Kind.CONSTRAINT);
        }
        if (cause instanceof SQLTransactionRollbackException) {
            return Optional.of(Kind.RACE);
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("23")) {
                return Optional.of(Kind.CONSTRAINT);
            }
            // 40001 serialization failure and deadlock (MariaDB 1213), 40XXX rollbacks, HYT00 lock wait timeout
            // (H2 and MariaDB 1205), and H2's 90131 "concurrent update".
            if (state.startsWith("40") || state.equals("HYT00") || state.equals("90131")
                    || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213) {
                return Optional.of(Kind.RACE);
            }
        }
        return Optional.empty();
    }

    /**
     * @param failure    anything a persistence operation threw
     * @param constraint a constraint name, as created by the migrations (any case)
     * @return whether the failure is a violation of exactly that constraint
     */
    public static boolean violates(Throwable failure, String constraint) {
        if (classify(failure).orElse(null) != Kind.CONSTRAINT) {
            return false;
        }
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Translates a failure of a write into the conflict the client should see.
     *
     * @param failure     what the write threw
     * @param constraints the constraints the write may violate, each with the conflict it means
     * @param race        the conflict when concurrent writers raced (a race on a unique key is usually the same
     *                    conflict as its violation); {@code null} to use the generic one
     * @return the domain failure to throw
     * @throws RuntimeException the original failure, when it is not a database refusal at all
     */
    public static RuntimeException translate(RuntimeException failure, Map<String, Supplier<OrgException>> constraints,
                                             Supplier<OrgException> race) {
        Optional<Kind> kind = classify(failure);
        if (kind.isEmpty()) {
            return failure;
        }
        for (Map.Entry<String, Supplier<OrgException>> entry : constraints.entrySet()) {
            if (violates(failure, entry.getKey())) {
                return because(entry.getValue().get(), failure);
            }
        }
        if (kind.get() == Kind.RACE && race != null) {
            return because(race.get(), failure);
        }
        return because(generic(kind.get()), failure);
    }

    /**
     * Notes, for this thread, that the conflict told to the client stands for a race the database settled by rolling
     * back ({@link Kind#RACE}), so that {@link RetryOnRace} still retries once the refusal became a domain exception
     * (which carries no cause).
     *
     * @param conflict what the client is told
     * @param failure  what the database refused
     * @return the conflict
     */
    public static <T extends RuntimeException> T because(T conflict, Throwable failure) {
        if (rolledBack(failure)) {
            RACE_LOST.set(Boolean.TRUE);
        }
        return conflict;
    }

    /**
     * @param failure anything
     * @return whether the database rolled the transaction back to settle a race (a deadlock, a serialization or
     *         Galera certification failure, H2's concurrent update): the races worth running again at once. A lock
     *         wait that timed out is a race too, but one that already waited its whole timeout.
     */
    public static boolean rolledBack(Throwable failure) {
        return refusal(failure, 0).orElse(null) instanceof SQLException sql && own(sql).orElse(null) == Kind.RACE
                && sql.getErrorCode() != 1205 && !"HYT00".equals(sql.getSQLState());
    }

    /**
     * @return whether a race was lost on this thread since {@link #forgetRace()}
     */
    static boolean raceLost() {
        return Boolean.TRUE.equals(RACE_LOST.get());
    }

    static void forgetRace() {
        RACE_LOST.remove();
    }

    /**
     * @param kind a kind of refusal
     * @return the conflict a client is told when nothing more specific is known
     */
    public static ConflictException generic(Kind kind) {
        return switch (kind) {
            case STALE -> new ConflictException("The resource was changed concurrently; read it again and retry");
            case RACE -> new ConflictException("A concurrent request changed the same data; retry in a moment");
            case CONSTRAINT -> new ConflictException("The request conflicts with existing data");
        };
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause.getCause();
        return next == cause ? null : next;
    }
}
