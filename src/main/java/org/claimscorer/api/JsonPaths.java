package org.claimscorer.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Renders the location of an error as a JSON path a caller recognises: {@code items[2].claim}. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** Longest field name echoed back: an unknown field's name is the caller's text. */
    private static final int MAX_NAME = 64;

    /** The path of a Jackson error, "" for the document root. */
    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(shortened(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String shortened(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME) + "...";
    }

    /** The path of a bean-validation violation on a resource method's body, without method and parameter. */
    static String ofViolation(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            if (depth <= 2) {
                continue;
            }
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                out.append(out.length() == 0 ? "" : ".").append(node.getKey());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                out.append(out.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    /** A JSON type name for a Java target type. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "object" : "another type";
    }
}
