package io.orgkit.jakarta;

import io.orgkit.impl.persistence.ModuleStartup;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Runs the module's start-up work (migrations, the super admin bootstrap, the mail dispatcher) when the web module
 * starts, if it has not run yet: Payara initializes the application scope before the web module's naming context
 * exists, so the data source and the transaction registry cannot be found at that moment.
 */
@WebListener
public class ModuleStartupListener implements ServletContextListener {
    @Inject
    ModuleStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
    }
}
