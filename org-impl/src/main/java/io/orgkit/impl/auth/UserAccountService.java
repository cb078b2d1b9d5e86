package io.orgkit.impl.auth;

import io.orgkit.api.auth.UserView;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.security.PasswordHasher;
import io.orgkit.impl.web.FieldChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Creating users: by the super admin bootstrap, by accepting an invitation, or by a host application.
 */
@ApplicationScoped
public class UserAccountService {
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 8;
    /** Longest password accepted: long enough for passphrases, short enough to bound hashing work. */
    public static final int MAX_PASSWORD = 256;

    private final JpaUserStore users;
    private final PasswordHasher hasher;
    private final SystemTime time;

    @Inject
    public UserAccountService(JpaUserStore users, PasswordHasher hasher, SystemTime time) {
        this.users = users;
        this.hasher = hasher;
        this.time = time;
    }

    /**
     * @param email      the email, unique case-insensitively
     * @param name       display name, 1 to 100 characters
     * @param password   8 to 256 characters
     * @param superAdmin whether the user gets the platform flag
     * @return the new user
     * @throws InvalidRequestException if a field is invalid
     * @throws ConflictException       if the email is taken
     */
    @Transactional
    public UserEntity create(String email, String name, String password, boolean superAdmin) {
        return create(prepare(email, name, password, superAdmin));
    }

    /**
     * Validates a new user's fields and hashes the password, without touching the database: the slow part of
     * creating a user, which callers holding a lock run before taking it.
     *
     * @param email      the email, unique case-insensitively
     * @param name       display name, 1 to 100 characters
     * @param password   8 to 256 characters
     * @param superAdmin whether the user gets the platform flag
     * @return the user to create
     * @throws InvalidRequestException if a field is invalid
     */
    public NewAccount prepare(String email, String name, String password, boolean superAdmin) {
        String normalized = FieldChecks.email("email", email);
        String displayName = FieldChecks.requiredText("name", name, 100);
        checkPassword(password);
        return new NewAccount(normalized, displayName, hasher.hash(password), superAdmin);
    }

    /**
     * @param account a prepared user
     * @return the new user
     * @throws ConflictException if the email is taken
     */
    @Transactional
    public UserEntity create(NewAccount account) {
        if (users.findByEmail(account.email()).isPresent()) {
            throw new ConflictException("A user with this email already exists");
        }
        UserEntity user = new UserEntity(Ids.newId(), account.email(), account.name(), account.passwordHash(),
                account.superAdmin(), time.now());
        users.add(user);
        return user;
    }

    /**
     * A validated user, password already hashed, not yet stored.
     *
     * @param email        lower-cased email
     * @param name         display name
     * @param passwordHash the password's hash
     * @param superAdmin   the platform flag
     */
    public record NewAccount(String email, String name, String passwordHash, boolean superAdmin) {
    }

    /**
     * @param password a password to set
     * @throws InvalidRequestException if it is too short or too long
     */
    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw InvalidRequestException.field("password", "must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw InvalidRequestException.field("password", "must be at most " + MAX_PASSWORD + " characters");
        }
    }

    /**
     * @param user a user
     * @return its public view
     */
    public static UserView view(UserEntity user) {
        return new UserView(user.id(), user.email(), user.name(), user.superAdmin(), user.createdAt());
    }
}
