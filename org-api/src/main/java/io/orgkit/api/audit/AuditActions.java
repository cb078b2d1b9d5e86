package io.orgkit.api.audit;

/**
 * The stable, dotted names of what an audit event records: {@code <target type>.<what happened>}. Names are never
 * renamed or reused; new ones are added.
 */
public final class AuditActions {
    /** A Super Admin created an organization. */
    public static final String ORGANIZATION_CREATED = "organization.created";
    /** An organization's name, logo or timezone changed. */
    public static final String ORGANIZATION_UPDATED = "organization.updated";
    /** A Super Admin deleted an organization. */
    public static final String ORGANIZATION_DELETED = "organization.deleted";
    /** The Super Admin suspended an organization: its members' sessions and keys are refused until it is resumed. */
    public static final String ORGANIZATION_SUSPENDED = "organization.suspended";
    /** The Super Admin resumed a suspended organization. */
    public static final String ORGANIZATION_RESUMED = "organization.resumed";
    /** The Super Admin restored a deleted organization within its restore window. */
    public static final String ORGANIZATION_RESTORED = "organization.restored";
    /** A user founded an organization and became its Admin. */
    public static final String ORGANIZATION_FOUNDED = "organization.founded";
    /** A user joined an organization, by accepting an invitation or through a verified domain of its email. */
    public static final String MEMBER_JOINED = "member.joined";
    /** An organization claimed a domain (pending until verified). */
    public static final String DOMAIN_ADDED = "domain.added";
    /** A domain's enrollment mode or default role changed. */
    public static final String DOMAIN_UPDATED = "domain.updated";
    /** A verification code was mailed to an address at a pending domain (never the code). */
    public static final String DOMAIN_CODE_SENT = "domain.code_sent";
    /** A domain was verified, by its DNS TXT record or the mailed code. */
    public static final String DOMAIN_VERIFIED = "domain.verified";
    /** An organization gave up a domain. */
    public static final String DOMAIN_REMOVED = "domain.removed";
    /** A member's role changed. */
    public static final String MEMBER_ROLE_CHANGED = "member.role_changed";
    /** A member was removed from the organization. */
    public static final String MEMBER_REMOVED = "member.removed";
    /** A member left the organization of their own accord (from their account). */
    public static final String MEMBER_LEFT = "member.left";
    /** An organization role was created. */
    public static final String ROLE_CREATED = "role.created";
    /** An organization role's description or permissions changed. */
    public static final String ROLE_UPDATED = "role.updated";
    /** An organization role was deleted. */
    public static final String ROLE_DELETED = "role.deleted";
    /** Someone was invited. */
    public static final String INVITATION_CREATED = "invitation.created";
    /** An invitation was re-sent with a new token. */
    public static final String INVITATION_RESENT = "invitation.resent";
    /** A pending invitation was revoked. */
    public static final String INVITATION_REVOKED = "invitation.revoked";
    /** An invitation was accepted (the same transaction also records {@link #MEMBER_JOINED}). */
    public static final String INVITATION_ACCEPTED = "invitation.accepted";
    /** The invited user declined a pending invitation (from their account). */
    public static final String INVITATION_DECLINED = "invitation.declined";
    /** An API key was created (never its secret). */
    public static final String API_KEY_CREATED = "api_key.created";
    /** An API key was revoked. */
    public static final String API_KEY_REVOKED = "api_key.revoked";
    /** The organization's API key policy (longest lifetime) changed. */
    public static final String API_KEY_POLICY_UPDATED = "api_key.policy_updated";
    /** A webhook was created (never its secret). */
    public static final String WEBHOOK_CREATED = "webhook.created";
    /** A webhook's URL, event filter or state changed. */
    public static final String WEBHOOK_UPDATED = "webhook.updated";
    /** A webhook was deleted. */
    public static final String WEBHOOK_DELETED = "webhook.deleted";
    /** A webhook delivery was sent again by hand. */
    public static final String WEBHOOK_REDELIVERED = "webhook.redelivered";
    /** A user logged in. */
    public static final String SESSION_CREATED = "session.created";
    /** A session switched its active organization (and was replaced by a new one). */
    public static final String SESSION_ORGANIZATION_SWITCHED = "session.organization_switched";
    /** A session ended: a logout, or its user ended it from their account's list of sessions. */
    public static final String SESSION_ENDED = "session.ended";
    /** A user ended all their other sessions at once (from their account). */
    public static final String USER_SESSIONS_ENDED = "user.sessions_ended";
    /** A login failed (wrong email or password). */
    public static final String LOGIN_FAILED = "login.failed";
    /** Repeated failures locked logins out for an email from a client, or for a client. */
    public static final String LOGIN_LOCKED = "login.locked";
    /**
     * An identity of the host's identity provider was linked to a user on its first request (the user created just in
     * time, if none had its verified email).
     */
    public static final String USER_IDENTITY_LINKED = "user.identity_linked";
    /** A user changed their display name (from their account). */
    public static final String USER_UPDATED = "user.updated";
    /** A user changed their password with the current one (from their account). */
    public static final String PASSWORD_CHANGED = "user.password_changed";
    /** Someone asked for a password reset link for an account's email (never the link or its token). */
    public static final String PASSWORD_RESET_REQUESTED = "user.password_reset_requested";
    /** A user set a new password with an emailed reset link. */
    public static final String PASSWORD_RESET_COMPLETED = "user.password_reset_completed";

    private AuditActions() {
    }
}
