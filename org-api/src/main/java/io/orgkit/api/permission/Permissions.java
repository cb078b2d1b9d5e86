package io.orgkit.api.permission;

import java.util.List;

/**
 * The module's own permission names. A host application adds its own through a {@link PermissionContributor}.
 */
public final class Permissions {
    /** List and read members. */
    public static final String USERS_READ = "users.read";
    /** Change a member's role. */
    public static final String USERS_UPDATE = "users.update";
    /** Remove a member from the organization. */
    public static final String USERS_DELETE = "users.delete";
    /** Invite, re-send and revoke invitations. */
    public static final String USERS_INVITE = "users.invite";
    /**
     * Create invitations without their email ({@code sendEmail: false}) and receive the accept link instead. Only
     * Admins hold it unless a role grants it: a link in hand lets its holder join as anyone it forwards it to.
     */
    public static final String INVITATIONS_LINK = "invitations.link";
    /** List roles. */
    public static final String ROLES_READ = "roles.read";
    /** Create organization roles. */
    public static final String ROLES_CREATE = "roles.create";
    /** Change an organization role's description and permissions. */
    public static final String ROLES_UPDATE = "roles.update";
    /** Delete organization roles. */
    public static final String ROLES_DELETE = "roles.delete";
    /** Read and export the organization's audit log. */
    public static final String AUDIT_READ = "audit.read";
    /** Create, change, delete and redeliver the organization's webhooks. */
    public static final String WEBHOOKS_MANAGE = "webhooks.manage";

    /**
     * The module's permissions with their descriptions, in catalog order.
     */
    public static final List<PermissionDefinition> BUILT_IN = List.of(
            new PermissionDefinition(USERS_READ, "List and read members"),
            new PermissionDefinition(USERS_UPDATE, "Change a member's role"),
            new PermissionDefinition(USERS_DELETE, "Remove members"),
            new PermissionDefinition(USERS_INVITE, "Invite people, re-send and revoke invitations"),
            new PermissionDefinition(INVITATIONS_LINK, "Create invitations without their email and receive the link"),
            new PermissionDefinition(ROLES_READ, "List roles"),
            new PermissionDefinition(ROLES_CREATE, "Create roles"),
            new PermissionDefinition(ROLES_UPDATE, "Change roles' descriptions and permissions"),
            new PermissionDefinition(ROLES_DELETE, "Delete roles"),
            new PermissionDefinition(AUDIT_READ, "Read and export the audit log"),
            new PermissionDefinition(WEBHOOKS_MANAGE, "Manage the organization's webhooks and their deliveries"));

    private Permissions() {
    }
}
