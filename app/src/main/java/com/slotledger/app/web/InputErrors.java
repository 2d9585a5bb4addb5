package com.slotledger.app.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Says what was wrong with a request in the client's terms (the field as it was sent, what it should have been),
 * never in Java's: no class names, no parser internals.
 */
final class InputErrors {

    /** What to tell the client, with the field it concerns where there is one. */
    record Explained(String detail, Optional<Problem.FieldError> field) {
    }

    private InputErrors() {
    }

    /** A body's parser failure says more than the conversion failure wrapped around it, so it is looked for first. */
    static Optional<Explained> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Optional<Explained> explained = explainJson(cause);
            if (explained.isPresent()) {
                return explained;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConversionErrorException conversion) {
                String field = conversion.getArgument().getName();
                Object value = conversion.getConversionError().getOriginalValue().orElse(null);
                String expected = describe(conversion.getArgument().getType());
                String given = value == null ? "must be " + expected : quoted(value) + " is not " + expected;
                return fieldError(field, "Parameter '" + field + "': " + given + ".", given);
            }
        }
        return Optional.empty();
    }

    private static Optional<Explained> explainJson(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return fieldError(field, "Unknown field '" + field + "'.",
                    known.isEmpty() ? "unknown field" : "unknown field; known fields: " + known);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()
                && mismatch.getTargetType() != null) {
            String field = path(mismatch);
            String expected = describe(mismatch.getTargetType());
            String given = mismatch instanceof InvalidFormatException invalid && invalid.getValue() != null
                    ? quoted(invalid.getValue()) + " is not " + expected : "must be " + expected;
            return fieldError(field, "Field '" + field + "' " + given + ".", given);
        }
        if (cause instanceof JsonParseException parse) {
            return Optional.of(new Explained("The body is not valid JSON (line %d, column %d)."
                    .formatted(parse.getLocation().getLineNr(), parse.getLocation().getColumnNr()), Optional.empty()));
        }
        if (cause instanceof JsonProcessingException json && !(cause instanceof JsonMappingException)) {
            return Optional.of(new Explained("The body is not valid JSON.", Optional.empty()));
        }
        return Optional.empty();
    }

    private static Optional<Explained> fieldError(String field, String detail, String message) {
        return Optional.of(new Explained(detail, Optional.of(new Problem.FieldError(field, message))));
    }

    private static String quoted(Object value) {
        return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    }

    /** The field as the client named it: "slots[2].start" for a nested one. */
    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == Instant.class) {
            return "an instant such as 2026-12-01T09:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a local date and time such as 2026-12-01T09:00:00";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-01";
        }
        if (type == LocalTime.class) {
            return "a time such as 09:30";
        }
        if (type == ZoneId.class) {
            return "a time zone such as Europe/Berlin";
        }
        if (type == Duration.class) {
            return "a duration such as PT30M";
        }
        if (List.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class).contains(type)) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == CharSequence.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
