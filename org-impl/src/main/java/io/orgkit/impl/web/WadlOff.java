package io.orgkit.impl.web;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns off Jersey's WADL: {@code /application.wadl} and the description it generates for {@code OPTIONS} of every
 * path named every resource, internal ones included, and the Jersey version. Runtimes other than Jersey ignore the
 * property. What the runtime still generates for {@code OPTIONS} becomes a 405 ({@link GeneratedOptionsOff}).
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class WadlOff implements Feature {
    /** Jersey's {@code ServerProperties.WADL_FEATURE_DISABLE}. */
    static final String JERSEY_WADL_DISABLE = "jersey.config.server.wadl.disableWadl";

    @Override
    public boolean configure(FeatureContext context) {
        context.property(JERSEY_WADL_DISABLE, true);
        return true;
    }
}
