package io.orgkit.impl.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.orgkit.api.error.FieldError;
import io.orgkit.api.error.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Bean Validation's violations as the API reports them: a 400 whose {@code errors} name each field as the client sent
 * it ({@code name}, {@code permissions[2]}), or {@code body} when the request had none.
 */
public final class Violations {

    private Violations() {
    }

    /**
     * @param violations what Bean Validation found; not empty
     * @return the failure to answer with
     */
    public static InvalidRequestException toInvalidRequest(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = violations.stream()
                .map(v -> new FieldError(field(v.getPropertyPath()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        return new InvalidRequestException(detail, errors);
    }

    /**
     * @param path a violation's path: of a bean ({@code name}), or of a method's parameter ({@code create.arg1.name})
     * @return the field as the client knows it: the properties after the parameter, with list indexes
     */
    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.BEAN) {
                continue;
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
