package io.orgkit.impl.kernel;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import io.orgkit.api.error.AccessDeniedException;
import io.orgkit.api.scope.OrganizationScope;

/**
 * The one check of "the actor holds all of these": what keeps anyone from granting, assigning or acting on more than
 * they hold themselves (no escalation), and what gates endpoints on permissions.
 */
public final class Authorization {

    private Authorization() {
    }

    /**
     * @param scope  the organization and the actor's permissions there
     * @param needed the permissions the action needs
     * @param what   the action, for the message ("Assigning the role 'Auditor'")
     * @throws AccessDeniedException naming every permission the actor lacks
     */
    public static void requireAll(OrganizationScope scope, Collection<String> needed, String what) {
        Set<String> missing = missing(scope, needed);
        if (!missing.isEmpty()) {
            throw new AccessDeniedException(what + " needs permissions you do not hold: " + String.join(", ", missing),
                    missing);
        }
    }

    /**
     * @param scope  the organization and the actor's permissions there
     * @param needed permissions
     * @return those the actor lacks, sorted
     */
    public static Set<String> missing(OrganizationScope scope, Collection<String> needed) {
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(scope.permissions());
        return missing;
    }
}
