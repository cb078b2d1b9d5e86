package io.orgkit.impl.persistence;

/**
 * Fired once at start-up, when the module's schema is current and the runtime can hand out its data source and
 * transactions: start-up work that needs the database (the super admin bootstrap, the mail dispatcher) observes it
 * instead of the application scope's initialization, which some runtimes (Payara) signal before the web module's
 * naming context exists.
 */
public record DatabaseReady() {
}
