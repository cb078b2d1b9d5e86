package io.orgkit.api.error;

/**
 * 413: the request body is larger than the module accepts (64 KiB).
 */
public class PayloadTooLargeException extends OrgException {
    private static final long serialVersionUID = 1L;

    /**
     * @param limitBytes the largest body accepted, in bytes
     */
    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes");
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
