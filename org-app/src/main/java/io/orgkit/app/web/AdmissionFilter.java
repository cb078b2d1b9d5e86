package io.orgkit.app.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.helidon.common.context.Context;
import io.helidon.common.context.Contexts;
import io.orgkit.impl.web.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Admission of API requests ({@link Admission}), after the web server's {@link ArrivalFilter} has counted the client's
 * own limit (429): its body is read in full within {@code org.http.body-timeout} (408 otherwise, and the connection
 * is closed), then the wait check and a slot (503 with {@code Retry-After}). The body comes before the slot because a
 * client that sends headers and then a body slowly, or never, would otherwise hold a slot it does not use: a hundred
 * such connections took the whole API offline in an audit. Runs after the client's address is known and the body limit is in place, before
 * authentication, so a refusal costs no database work.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 60)
@ApplicationScoped
public class AdmissionFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String ADMITTED = AdmissionFilter.class.getName() + ".admitted";
    private static final String TURN = AdmissionFilter.class.getName() + ".turn";
    // Interrupts a body read that takes too long: a virtual thread blocked on a socket read is woken and the socket
    // closed. One daemon thread for the whole server; its tasks take microseconds.
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("orgkit-body-deadline").factory());

    private Admission admission;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public AdmissionFilter() {
    }

    @Inject
    public AdmissionFilter(Admission admission) {
        this.admission = admission;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        // What it waited before the server saw it (the scheduler's standing queue), and since, less its body's time.
        long now = System.nanoTime();
        Arrival arrival = Arrival.ofCurrentRequest().orElseGet(() -> new Arrival(now, now, 0));
        long reading = 0;
        if (hasBody(request)) {
            long started = System.nanoTime();
            request.setEntityStream(new ByteArrayInputStream(readWithin(request.getEntityStream())));
            reading = System.nanoTime() - started;
        }
        // The time the client took to send its body is not waiting on the server's side.
        long waited = arrival.standing() + System.nanoTime() - arrival.firstSeen() - reading;
        if (admission.waitedTooLong(waited) || !admission.tryEnter()) {
            request.abortWith(busy());
            return;
        }
        Optional<Admission.Turn> turn = admission.takeTurn(waited);
        if (turn.isEmpty()) {
            admission.leave();
            request.abortWith(busy());
            return;
        }
        request.setProperty(ADMITTED, Boolean.TRUE);
        // The turn lasts until the answer is written, after every filter here: the web server's filter ends it, from
        // the request's context. Without one (not served by Helidon's routing), the response filter below does.
        Optional<Context> context = Contexts.context();
        if (context.isPresent()) {
            context.get().register(turn.get());
        } else {
            request.setProperty(TURN, turn.get());
        }
    }

    // Response filters run for every response, mapped exceptions and aborted requests included.
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ADMITTED) != null) {
            request.removeProperty(ADMITTED);
            admission.leave();
        }
        if (request.getProperty(TURN) instanceof Admission.Turn turn) {
            request.removeProperty(TURN);
            turn.close();
        }
    }

    // By the headers, not hasEntity(): that peeks at the stream and would wait for a slow client outside any deadline.
    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    private byte[] readWithin(InputStream body) throws IOException {
        Thread reader = Thread.currentThread();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            if (reading.compareAndSet(true, false)) {
                timedOut.set(true);
                reader.interrupt();
            }
        }, admission.bodyTimeout().toNanos(), TimeUnit.NANOSECONDS);
        try {
            byte[] bytes = body.readAllBytes();
            if (reading.compareAndSet(true, false)) {
                return bytes;
            }
            throw timeout();
        } catch (IOException | RuntimeException e) {
            reading.set(false);
            if (timedOut.get()) {
                throw timeout();
            }
            throw e;
        } finally {
            deadline.cancel(false);
            if (timedOut.get()) {
                // The interrupt was meant for the read only; the thread goes on to answer.
                Thread.interrupted();
            }
        }
    }

    private static jakarta.ws.rs.WebApplicationException timeout() {
        return new jakarta.ws.rs.WebApplicationException(Response.status(408)
                .header("Connection", "close")
                .build());
    }

    private static Response busy() {
        return Response.status(503)
                .type(Problems.PROBLEM_JSON)
                .header("Retry-After", 1)
                .entity(Problems.of(503, null, Admission.BUSY))
                .build();
    }
}
