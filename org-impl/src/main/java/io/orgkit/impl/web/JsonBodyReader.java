package io.orgkit.impl.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import io.orgkit.impl.json.RecordBinder;
import io.orgkit.impl.json.StrictJson;
import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Request bodies bound to records: one JSON object, read strictly ({@link StrictJson}), then bound to the resource
 * method's record naming every unknown or mistyped field ({@link RecordBinder}).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, JsonBodyReader.MERGE_PATCH_JSON})
// Dependent, not a proxied scope: JAX-RS reads the MessageBodyReader type argument off the class.
@Dependent
public class JsonBodyReader implements MessageBodyReader<Record> {
    /** RFC 7396's media type. */
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Record.class.isAssignableFrom(type);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonObject json = StrictJson.readObject(body);
        return json == null ? null : RecordBinder.bind(json, type);
    }

    /**
     * Request bodies taken as they are (a merge patch): one JSON object, read strictly ({@link StrictJson}). A reader
     * of its own, as specific as JAX-RS's JSON-P reader so that it is chosen over it.
     */
    @Provider
    @Consumes({MediaType.APPLICATION_JSON, MERGE_PATCH_JSON})
    @Dependent
    public static class ObjectReader implements MessageBodyReader<JsonObject> {
        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return JsonObject.class.equals(type);
        }

        @Override
        public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations,
                                   MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
                throws IOException {
            return StrictJson.readObject(body);
        }
    }
}
