package io.orgkit.app.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.helidon.common.context.Context;
import io.helidon.common.context.Contexts;
import io.orgkit.app.testing.HttpOnly;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The turns to run: a few requests run at once, the others wait parked in arrival order, and one that would wait past
 * {@code org.http.max-turn-wait} is refused at once instead of after its wait.
 */
@HttpOnly
class AdmissionTurnsTest {
    private Admission admission;

    @AfterEach
    void stop() {
        if (admission != null) {
            admission.stop();
        }
    }

    @Test
    void atMostTheConfiguredRequestsRunAtOnceAndTheOthersWaitInArrivalOrder() throws Exception {
        admission = admission(2, Duration.ofSeconds(10));
        Admission.Turn first = admission.takeTurn(0).orElseThrow();
        Admission.Turn second = admission.takeTurn(0).orElseThrow();
        assertEquals(0, admission.turnsAvailable());
        // One turn at a time from here, so that the order the waiters record is the order they got their turns.
        second.close();
        Admission.Turn third = admission.takeTurn(0).orElseThrow();
        third.close();
        Admission.Turn held = admission.takeTurn(0).orElseThrow();

        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> waiting = List.of(waiter(1, order), waiter(2, order), waiter(3, order));
        for (Thread thread : waiting) {
            int queued = order.size();
            thread.start();
            awaitParked(thread);
            assertEquals(queued, order.size(), "no turn is free: it waits");
        }
        first.close();
        for (Thread thread : waiting) {
            thread.join(5_000);
        }
        held.close();
        assertEquals(List.of(1, 2, 3), order, "turns go in arrival order");
        assertEquals(2, admission.turnsAvailable(), "every turn came back");
    }

    @Test
    void aRequestThatWouldWaitPastTheLimitIsRefusedAtOnce() throws Exception {
        admission = admission(1, Duration.ofMillis(200));
        // A turn that takes 800 ms: the next in line would wait about that long, four times the limit.
        Admission.Turn slow = admission.takeTurn(0).orElseThrow();
        Thread.sleep(800);
        slow.close();
        Admission.Turn running = admission.takeTurn(0).orElseThrow();
        assertTrue(admission.turnTooFar(), "the web server's filter refuses before any other work");

        long started = System.nanoTime();
        Optional<Admission.Turn> refused = admission.takeTurn(0);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertFalse(refused.isPresent());
        // Far under the 200 ms it would have waited for nothing (room for a loaded machine's scheduling).
        assertTrue(tookMillis < 100, "refused without waiting, took " + tookMillis + " ms");
        running.close();
        assertFalse(admission.turnTooFar(), "a free turn means no wait");
    }

    @Test
    void aLongerTurnWaitQueuesALineOfSlowTurnsInsteadOfRefusingIt() throws Exception {
        // 30 ms before any work (the default), 250 ms for a turn (raised from its default of 30 ms).
        admission = new Admission(128, 64, Optional.of(1), Duration.ofMillis(30), Duration.ofMillis(250),
                Duration.ofSeconds(10));
        // A turn of about 60 ms, as a write that holds its organization's row until it commits takes with a few
        // clients sending one after the other: the next in line waits about that long, twice the 30 ms that would
        // refuse it by default.
        Admission.Turn slow = admission.takeTurn(0).orElseThrow();
        Thread.sleep(60);
        slow.close();
        Admission.Turn running = admission.takeTurn(0).orElseThrow();
        assertFalse(admission.turnTooFar(), "60 ms in line is queueing, not overload");

        CompletableFuture<Optional<Admission.Turn>> next = CompletableFuture.supplyAsync(() -> admission.takeTurn(0));
        Thread.sleep(60);
        running.close();
        Optional<Admission.Turn> turn = next.get(5, TimeUnit.SECONDS);
        assertTrue(turn.isPresent(), "it got its turn after waiting in line");
        turn.get().close();
        assertEquals(1, admission.turnsAvailable());
    }

    @Test
    void aWaitThatRunsPastTheLimitEndsInARefusal() throws Exception {
        admission = admission(1, Duration.ofMillis(50));
        // No turn has ended yet, so nothing tells how long one takes: the request waits, up to the limit.
        Admission.Turn running = admission.takeTurn(0).orElseThrow();
        long started = System.nanoTime();
        Optional<Admission.Turn> refused = admission.takeTurn(0);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertFalse(refused.isPresent());
        assertTrue(tookMillis >= 45, "waited its limit, took " + tookMillis + " ms");
        running.close();
        assertEquals(1, admission.turnsAvailable());
    }

    @Test
    void whatARequestAlreadyWaitedCountsAgainstItsLimit() {
        admission = admission(1, Duration.ofMillis(50));
        Admission.Turn running = admission.takeTurn(0).orElseThrow();
        assertFalse(admission.takeTurn(TimeUnit.MILLISECONDS.toNanos(60)).isPresent(), "over the limit already");
        running.close();
        Admission.Turn free = admission.takeTurn(TimeUnit.MILLISECONDS.toNanos(10)).orElseThrow();
        free.close();
        free.close();
        assertEquals(1, admission.turnsAvailable(), "closing twice gives one turn back");
    }

    @Test
    void aRequestWaitingForAPasswordHashGivesItsTurnToTheNextInLine() {
        admission = admission(1, Duration.ofSeconds(10));
        Admission.Turn turn = admission.takeTurn(0).orElseThrow();
        Context request = Context.create();
        request.register(turn);
        int[] freeWhileHashing = {-1};
        String hashed = Contexts.runInContext(request, () -> new HashingAside().aside(() -> {
            freeWhileHashing[0] = admission.turnsAvailable();
            return "hash";
        }));
        assertEquals("hash", hashed);
        assertEquals(1, freeWhileHashing[0], "the turn was free while the request waited for and ran the hash");
        assertEquals(0, admission.turnsAvailable(), "the request has its turn again to finish its work");
        turn.close();
        assertEquals(1, admission.turnsAvailable());
    }

    @Test
    void outsideARequestAHashRunsAsItIs() {
        assertEquals("hash", new HashingAside().aside(() -> "hash"));
    }

    private static Admission admission(int maxRunning, Duration maxTurnWait) {
        return new Admission(128, 64, Optional.of(maxRunning), Duration.ofSeconds(10), maxTurnWait,
                Duration.ofSeconds(10));
    }

    private Thread waiter(int id, List<Integer> order) {
        return Thread.ofVirtual().unstarted(() -> admission.takeTurn(0).ifPresent(turn -> {
            order.add(id);
            turn.close();
        }));
    }

    private static void awaitParked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < deadline, "the waiter never parked");
            Thread.sleep(1);
        }
    }
}
