package io.orgkit.api.error;

/**
 * 412: an {@code If-Match} precondition no longer holds; the client must read the resource again.
 */
public class PreconditionFailedException extends OrgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param detail which precondition failed, for a human
     */
    public PreconditionFailedException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 412;
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
