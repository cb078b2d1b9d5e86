package io.orgkit.sample;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The sample host application: JAX-RS at the root of its web module, every resource and provider found by scanning
 * (orgkit's included).
 */
@ApplicationPath("/")
public class SampleApplication extends Application {
}
