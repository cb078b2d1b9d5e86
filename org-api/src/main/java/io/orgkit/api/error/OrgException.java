package io.orgkit.api.error;

/**
 * A failure the caller caused or must know about; each subclass stands for exactly one HTTP status and is
 * rendered as an RFC 9457 problem. The message is the problem's {@code detail}: it is shown to the client,
 * so it never carries secrets, SQL or class names.
 */
public abstract class OrgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param detail the human-readable explanation shown to the client; must not be {@code null}
     */
    protected OrgException(String detail) {
        super(detail, null, false, false);
    }

    /**
     * @return the HTTP status this failure is answered with
     */
    public abstract int status();

    /**
     * @return the short, stable summary of this kind of failure (the problem's {@code title})
     */
    public abstract String title();

    /**
     * @return the problem's {@code type} when this failure has one of its own, {@code null} for the status's
     *         ({@code urn:orgkit:problem:<status>})
     */
    public String problemType() {
        return null;
    }
}
