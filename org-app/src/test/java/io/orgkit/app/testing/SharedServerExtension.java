package io.orgkit.app.testing;

import java.util.Map;

import io.helidon.config.mp.MpConfigSources;
import io.helidon.microprofile.server.ServerCdiExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs {@link SharedServer} classes against one server per test JVM, and stops it before a {@code @HelidonTest} class
 * starts its own (as a JUnit extension that JUnit's auto-detection registers for every class) and when the test run
 * ends (as a launcher session listener). Starting a server is most of what a small test class costs; these classes
 * need nothing of their own.
 */
public class SharedServerExtension implements BeforeAllCallback, TestInstancePostProcessor, LauncherSessionListener {
    private static SeContainer container;
    private static Config config;

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        if (testClass.isAnnotationPresent(SharedServer.class)) {
            start();
        } else if (testClass.isAnnotationPresent(io.helidon.microprofile.testing.junit5.HelidonTest.class)) {
            stop();
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (testInstance.getClass().isAnnotationPresent(SharedServer.class)) {
            inject(testInstance);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    private static synchronized void start() {
        if (container != null) {
            return;
        }
        // The keys @HelidonTest adds to every test server's configuration, above the test settings file.
        ConfigProviderResolver resolver = ConfigProviderResolver.instance();
        config = resolver.getBuilder()
                .withSources(MpConfigSources.create(Map.of(
                        "mp.initializer.allow", "true",
                        "mp.initializer.no-warn", "true",
                        "server.port", "0",
                        "mp.config.profile", "test",
                        ConfigSource.CONFIG_ORDINAL, "1000")))
                .addDefaultSources()
                .addDiscoveredSources()
                .addDiscoveredConverters()
                .build();
        resolver.registerConfig(config, Thread.currentThread().getContextClassLoader());
        container = SeContainerInitializer.newInstance()
                .addExtensions(new WebTargetBean())
                .initialize();
    }

    private static synchronized void stop() {
        if (container != null) {
            container.close();
            container = null;
        }
        if (config != null) {
            ConfigProviderResolver.instance().releaseConfig(config);
            config = null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static synchronized void inject(Object testInstance) {
        if (container == null) {
            throw new IllegalStateException("The shared server is not running for " + testInstance.getClass().getName());
        }
        // Non-contextual injection: the test class is not a bean, so it needs no place in the container's bean set.
        BeanManager beans = container.getBeanManager();
        InjectionTarget target = beans.getInjectionTargetFactory(beans.createAnnotatedType(testInstance.getClass()))
                .createInjectionTarget(null);
        target.inject(testInstance, beans.createCreationalContext(null));
        target.postConstruct(testInstance);
    }

    /** The {@code WebTarget} bean, addressing the shared server, as {@code @HelidonTest} provides it. */
    public static final class WebTargetBean implements Extension {
        void addWebTarget(@Observes AfterBeanDiscovery event, BeanManager beans) {
            Client client = ClientBuilder.newClient();
            event.addBean()
                    .addType(WebTarget.class)
                    .scope(ApplicationScoped.class)
                    .createWith(context -> client.target("http://localhost:"
                            + beans.getExtension(ServerCdiExtension.class).port()));
        }
    }
}
