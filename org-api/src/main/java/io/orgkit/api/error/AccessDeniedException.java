package io.orgkit.api.error;

import java.util.Set;
import java.util.TreeSet;

/**
 * 403: the caller is known but may not do this, for example it lacks a permission, uses an API key on a
 * session-only endpoint, or tries to grant more than it holds.
 */
public class AccessDeniedException extends OrgException {
    private static final long serialVersionUID = 1L;
    private final Set<String> missingPermissions;

    /**
     * @param detail why, for a human
     */
    public AccessDeniedException(String detail) {
        this(detail, Set.of());
    }

    /**
     * @param detail             why, for a human
     * @param missingPermissions the permissions the caller would need and does not hold; may be empty
     */
    public AccessDeniedException(String detail, Set<String> missingPermissions) {
        super(detail);
        this.missingPermissions = Set.copyOf(new TreeSet<>(missingPermissions));
    }

    /**
     * @return the permissions the caller lacks, sorted by name when rendered; empty when not about permissions
     */
    public Set<String> missingPermissions() {
        return missingPermissions;
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
