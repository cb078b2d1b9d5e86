package io.orgkit.api.error;

/**
 * 404: the thing does not exist, or exists in another organization (the two are indistinguishable on purpose),
 * or the caller has no active organization for a {@code me} endpoint.
 */
public class ResourceNotFoundException extends OrgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param detail what was not found, for a human
     */
    public ResourceNotFoundException(String detail) {
        super(detail);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
