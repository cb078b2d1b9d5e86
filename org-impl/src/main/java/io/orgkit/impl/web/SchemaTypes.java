package io.orgkit.impl.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A schema's type, on both models runtimes carry: MicroProfile OpenAPI 3 (Helidon 4.1, Payara) holds one
 * {@code SchemaType}, MicroProfile OpenAPI 4 (WildFly 39; OpenAPI 3.1) a list of them, and neither has the other's
 * methods. The module compiles against 3 and reaches whichever the runtime has.
 */
final class SchemaTypes {
    private static final Method SET_ONE = method("setType", Schema.SchemaType.class);
    private static final Method SET_LIST = method("setType", List.class);
    private static final Method GET = method("getType");

    private SchemaTypes() {
    }

    /**
     * @param type a type
     * @return a new schema of that type
     */
    static Schema of(Schema.SchemaType type) {
        Schema schema = OASFactory.createSchema();
        invoke(SET_ONE != null ? SET_ONE : SET_LIST, schema, SET_ONE != null ? type : List.of(type));
        return schema;
    }

    /**
     * @param schema a schema
     * @param type   a type
     * @return whether the schema is of that type (one of its types, on OpenAPI 3.1)
     */
    static boolean is(Schema schema, Schema.SchemaType type) {
        Object declared = invoke(GET, schema);
        return declared == type || declared instanceof List<?> types && types.contains(type);
    }

    private static Object invoke(Method method, Schema schema, Object... arguments) {
        try {
            return method.invoke(schema, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static Method method(String name, Class<?>... parameters) {
        try {
            return Schema.class.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
