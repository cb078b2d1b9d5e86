package io.orgkit.impl.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.scope.Actor;
import io.orgkit.impl.idempotency.IdempotentRequests;
import io.orgkit.impl.idempotency.StoredRequest;
import io.orgkit.impl.security.Caller;
import io.orgkit.impl.security.CallerContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import static io.orgkit.impl.json.CachedJsonProvider.JSON;

/**
 * {@code Idempotency-Key} on every authenticated POST under {@code /api/}: a client that retries after a timeout
 * gets the first answer instead of a second invitation (see {@link IdempotentRequests} for the rules). The key belongs
 * to the caller (a user, or an API key), so two callers never see each other's answers; anonymous POSTs (login,
 * the invitation token's lookup and accept) disregard it. An answer that carried a secret shown once (a new API key)
 * is not kept: its retry is told, with 409, that the request was done.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** The request header. */
    public static final String HEADER = "Idempotency-Key";
    /** Set on an answer given from the store. */
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private CallerContext callers;
    private IdempotentRequests requests;
    private Jsonb jsonb;

    /**
     * For the JAX-RS runtime, which needs a public constructor without parameters, and the container's proxy.
     */
    public IdempotencyFilter() {
    }

    @Inject
    public IdempotencyFilter(CallerContext callers, IdempotentRequests requests, JsonbProvider json) {
        this.callers = callers;
        this.requests = requests;
        this.jsonb = json.getContext(Object.class);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("api/")
                && !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            return; // anonymous, or refused credentials: the request is answered as without the key
        }
        if (!KEY.matcher(key).matches()) {
            throw InvalidRequestException.field(HEADER, "must be 1 to 255 printable ASCII characters");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        IdempotentRequests.Start start = requests.begin(owner(caller.get().actor()), key, hash(request, body));
        if (start.replay() != null) {
            request.abortWith(replay(start.replay()));
        } else {
            request.setProperty(CLAIMED, start.claimedId());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object claimed = request.getProperty(CLAIMED);
        if (!(claimed instanceof String id)) {
            return;
        }
        int status = response.getStatus();
        if (status < 200 || status >= 300) {
            requests.release(id);
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : jsonb.toJson(entity);
        requests.complete(id, status, body, response.getHeaderString(HttpHeaders.LOCATION), carriesSecret(body));
    }

    private static Response replay(StoredRequest stored) {
        if (stored.secretWithheld()) {
            throw new ConflictException("This request was done already" + (stored.location() == null ? ""
                    : " (" + stored.location() + ")") + "; its answer carried a secret, which is shown only once: "
                    + "if it was lost, revoke what was created and create another");
        }
        Response.ResponseBuilder answer = Response.status(stored.status()).header(REPLAYED, "true");
        if (stored.location() != null) {
            answer.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            answer.type(MediaType.APPLICATION_JSON_TYPE).entity(stored.body());
        }
        return answer.build();
    }

    private static String owner(Actor actor) {
        return switch (actor.kind()) {
            case SESSION, IDENTITY_TOKEN -> "user:" + actor.userId();
            case API_KEY -> "api_key:" + actor.id();
            case SYSTEM -> "system:" + actor.displayName();
        };
    }

    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    // The module's answers that carry a secret shown once name it "key" (a new API key), "token" (a session),
    // "secret" (a new webhook's signing secret) or "acceptLink" (an invitation created without its email: the link
    // holds its token).
    private static boolean carriesSecret(String body) {
        if (body == null || !body.startsWith("{")) {
            return false;
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            JsonObject object = reader.readObject();
            return isText(object.get("key")) || isText(object.get("token")) || isText(object.get("secret"))
                    || isText(object.get("acceptLink"));
        }
    }

    private static boolean isText(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.STRING;
    }
}
