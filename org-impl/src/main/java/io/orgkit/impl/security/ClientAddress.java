package io.orgkit.impl.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * The address of the client of the current request, as {@link ClientAddressFilter} determined it; {@code "unknown"}
 * outside a request or when the runtime does not tell.
 */
@RequestScoped
public class ClientAddress {
    /** The address when the runtime does not tell one. */
    public static final String UNKNOWN = "unknown";

    private String address = UNKNOWN;

    /** @return the client's IP address (or host), never {@code null} */
    public String get() {
        return address;
    }

    void set(String address) {
        if (address != null && !address.isBlank()) {
            this.address = address.strip();
        }
    }
}
