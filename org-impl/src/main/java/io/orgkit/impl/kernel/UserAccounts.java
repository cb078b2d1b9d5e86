package io.orgkit.impl.kernel;

import io.orgkit.api.auth.UserView;
import io.orgkit.api.error.ConflictException;
import io.orgkit.api.error.InvalidRequestException;
import io.orgkit.api.validation.DisplayName;
import io.orgkit.api.validation.EmailAddress;
import io.orgkit.api.validation.Password;
import io.orgkit.impl.persistence.Ids;
import io.orgkit.impl.persistence.SystemTime;
import io.orgkit.impl.secret.PasswordHasher;
import io.orgkit.impl.validation.RecordValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

/**
 * Creating users: by the super admin bootstrap, by accepting an invitation, or by a host application.
 */
@ApplicationScoped
public class UserAccounts {
    private JpaUserStore users;
    private PasswordHasher hasher;
    private RecordValidator validator;
    private SystemTime time;

    /**
     * For the container's client proxy.
     */
    protected UserAccounts() {
    }

    @Inject
    public UserAccounts(JpaUserStore users, PasswordHasher hasher, RecordValidator validator, SystemTime time) {
        this.users = users;
        this.hasher = hasher;
        this.validator = validator;
        this.time = time;
    }

    /**
     * Validates a new user's fields and hashes the password, without touching the database: the slow part of
     * creating a user, which callers holding a lock run before taking it.
     *
     * @param user       the new user's fields
     * @param superAdmin whether the user gets the platform flag
     * @return the user to create
     * @throws InvalidRequestException if a field is invalid
     */
    public NewAccount prepare(NewUser user, boolean superAdmin) {
        validator.check(user);
        return new NewAccount(UserEntity.normalizeEmail(user.email()), user.name().strip(),
                hasher.hash(user.password()), superAdmin);
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
     * @param user a user
     * @return its public view
     */
    public static UserView view(UserEntity user) {
        return new UserView(user.id(), user.email(), user.name(), user.superAdmin(), user.createdAt());
    }

    /**
     * What a new user is made of, with the rules each field obeys.
     *
     * @param email    the email, unique case-insensitively
     * @param name     display name
     * @param password the password
     */
    public record NewUser(@NotNull @EmailAddress String email, @NotNull @DisplayName(max = 100) String name,
                          @NotNull @Password String password) {
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
}
