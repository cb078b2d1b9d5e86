package io.orgkit.api.error;

/**
 * 403 with a problem type of its own, {@value #TYPE}: the organization acted on is suspended by the Super Admin, so
 * its members' sessions and its API keys may do nothing in it until it is resumed. Clients tell it from other 403s by
 * the type.
 */
public class OrganizationSuspendedException extends AccessDeniedException {
    /** The problem's {@code type}. */
    public static final String TYPE = "urn:orgkit:problem:organization-suspended";
    private static final long serialVersionUID = 1L;

    /**
     * @param detail why, for a human
     */
    public OrganizationSuspendedException(String detail) {
        super(detail);
    }

    @Override
    public String title() {
        return "Organization suspended";
    }

    @Override
    public String problemType() {
        return TYPE;
    }
}
