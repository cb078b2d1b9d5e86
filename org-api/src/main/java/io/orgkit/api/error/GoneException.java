package io.orgkit.api.error;

/**
 * 410: the thing existed but can no longer be used (an expired, revoked, replaced or used invitation token).
 */
public class GoneException extends OrgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param detail why it is gone, for a human
     */
    public GoneException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 410;
    }

    @Override
    public String title() {
        return "Gone";
    }
}
