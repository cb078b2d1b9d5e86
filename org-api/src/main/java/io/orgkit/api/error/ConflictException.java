package io.orgkit.api.error;

/**
 * 409: the request is valid but conflicts with the current state (a duplicate, the last Admin, a role in use).
 */
public class ConflictException extends OrgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param detail what conflicts, for a human
     */
    public ConflictException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
