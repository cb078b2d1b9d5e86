package io.orgkit.app.testing;

import java.util.Comparator;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the {@link SharedServer} classes first, then the others, each group in the order of the class names, so that
 * the shared server starts once per test pass instead of again after each class with a server of its own. The order
 * is a matter of speed only: no test depends on another's having run.
 */
public class SharedServerClassesFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparing((org.junit.jupiter.api.ClassDescriptor descriptor) ->
                        !descriptor.getTestClass().isAnnotationPresent(SharedServer.class))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }
}
