package io.orgkit.impl.account;

import java.time.Instant;
import java.util.Optional;

import io.orgkit.api.account.CompletePasswordResetRequest;
import io.orgkit.api.account.PasswordResetRequest;
import io.orgkit.api.account.PasswordResetService;
import io.orgkit.api.error.GoneException;
import io.orgkit.api.error.ResourceNotFoundException;
import io.orgkit.impl.kernel.JpaUserStore;
import io.orgkit.impl.kernel.MailQueue;
import io.orgkit.impl.kernel.PasswordPolicy;
import io.orgkit.impl.kernel.UserEntity;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.ReadWithoutTransaction;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.PasswordHasher;
import io.orgkit.impl.secret.SecretTokens;
import io.orgkit.impl.security.ClientAddress;
import io.orgkit.impl.throttle.FailureThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;

/**
 * Password reset by email. Asking answers the same whether the email has an account or not, and is throttled per
 * email and per client; the email goes through the outbox in the asking transaction. Completing uses the token once
 * (a conditional update: of concurrent uses exactly one wins), replaces the password and ends every session.
 */
@ApplicationScoped
// Validates the constraints its interface declares on every call: the container's method validation (Bean
// Validation's CDI integration) looks for this class-level marker to find classes whose contract is constrained.
@ValidateOnExecution
public class DefaultPasswordResetService implements PasswordResetService {
    /** Prefix of password reset tokens. */
    public static final String TOKEN_PREFIX = "orgr_";

    private JpaUserStore users;
    private JpaPasswordResetStore resets;
    private PasswordChanges changes;
    private PasswordHasher hasher;
    private MailQueue outbox;
    private FailureThrottle throttle;
    private ClientAddress client;
    private AccountSettings settings;
    private PasswordPolicy passwords;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected DefaultPasswordResetService() {
    }

    @Inject
    public DefaultPasswordResetService(JpaUserStore users, JpaPasswordResetStore resets, PasswordChanges changes,
                                       PasswordHasher hasher, MailQueue outbox, FailureThrottle throttle,
                                       ClientAddress client, AccountSettings settings, PasswordPolicy passwords, SystemTime time) {
        this.users = users;
        this.resets = resets;
        this.changes = changes;
        this.hasher = hasher;
        this.outbox = outbox;
        this.throttle = throttle;
        this.client = client;
        this.settings = settings;
        this.passwords = passwords;
        this.time = time;
    }

    @Override
    @Transactional
    public void request(PasswordResetRequest request) {
        requirePasswords();
        String email = UserEntity.normalizeEmail(request.email());
        // Both counted whether or not the email has an account, so the 429 tells nothing either.
        throttle.reserve("reset-client:" + clientAddress(), settings.resetMaxPerClient(), settings.resetWindow(),
                "Too many password resets asked from this client; try again later");
        throttle.reserve("reset-email:" + email, settings.resetMaxPerEmail(), settings.resetWindow(),
                "Too many password resets asked for this email; try again later");
        Optional<UserEntity> user = users.findByEmail(email);
        if (user.isEmpty()) {
            return;
        }
        Instant now = time.now();
        resets.retireUnused(user.get().id(), now);
        String token = SecretTokens.generate(TOKEN_PREFIX);
        PasswordResetEntity reset = new PasswordResetEntity(Ids.newId(), user.get().id(), SecretTokens.hash(token),
                now, now.plus(settings.resetTtl()));
        resets.add(reset);
        outbox.enqueue(null, null, PasswordResetMail.compose(user.get().email(), settings.resetUrl(), token,
                now.plus(settings.resetTtl())));
    }

    // Outside a transaction: the new password is hashed holding no pooled connection; the write is PasswordChanges'.
    @Override
    @ReadWithoutTransaction
    public void complete(CompletePasswordResetRequest request) {
        requirePasswords();
        String failureKey = "reset-token:" + clientAddress();
        throttle.checkAllowed(failureKey, settings.resetMaxPerClient(), settings.resetWindow(),
                "Too many unknown reset tokens from this client; try again later");
        String token = request.token().strip();
        Optional<PasswordResetEntity> reset = token.startsWith(TOKEN_PREFIX)
                ? resets.findByTokenHash(SecretTokens.hash(token)) : Optional.empty();
        if (reset.isEmpty()) {
            throttle.recordFailure(failureKey, settings.resetWindow());
            throw new ResourceNotFoundException("No password reset has this token");
        }
        if (!reset.get().usableAt(time.now())) {
            throw new GoneException("This reset link was used, replaced or has expired; ask for a new one");
        }
        changes.reset(reset.get().id(), reset.get().userId(), hasher.hash(request.newPassword()));
    }

    private void requirePasswords() {
        passwords.requireEnabled();
    }

    private String clientAddress() {
        try {
            return client.get();
        } catch (ContextNotActiveException e) {
            return "unknown";
        }
    }
}
