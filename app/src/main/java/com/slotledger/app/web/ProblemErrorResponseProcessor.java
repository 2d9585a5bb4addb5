package com.slotledger.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.List;
import java.util.Optional;

/**
 * Turns every error Micronaut itself produces (bad JSON, unknown fields, wrong types, validation, 401, 403,
 * 404, 405, 413, 415) into problem+json with a stable code, so clients meet one error model.
 */
@Singleton
@Primary
@Replaces(ErrorResponseProcessor.class)
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        ErrorCode code = codeFor(HttpStatus.valueOf(response.code()), context);
        List<Problem.FieldError> errors = fieldErrors(context);
        String detail = context.getErrors().isEmpty() ? response.reason()
                : String.join("; ", context.getErrors().stream().map(e -> e.getMessage()).toList());
        if (code.kind() == ErrorCode.Kind.BAD_INPUT) {
            Optional<InputErrors.Explained> explained = context.getRootCause().flatMap(InputErrors::explain);
            if (explained.isPresent()) {
                detail = explained.get().detail();
                errors = explained.get().field().map(List::of).orElse(errors);
            }
        }
        if (code == ErrorCode.INTERNAL_ERROR) {
            detail = "An unexpected error occurred; it has been logged.";
        }
        return Problems.respond(response, Problems.problem(code, detail, context.getRequest(), errors));
    }

    /** Bean-validation failures name each field as the client sent it ("rollNumber"), not as Java sees it. */
    private static List<Problem.FieldError> fieldErrors(ErrorContext context) {
        if (context.getRootCause().orElse(null) instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(violation -> new Problem.FieldError(field(violation.getPropertyPath().toString()), violation.getMessage()))
                    .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
                    .toList();
        }
        return List.of();
    }

    private static String field(String propertyPath) {
        String[] parts = propertyPath.split("\\.");
        // method.argument.field...: a body's fields drop the method and argument, a parameter keeps its name
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static ErrorCode codeFor(HttpStatus status, ErrorContext context) {
        Throwable cause = context.getRootCause().orElse(null);
        return switch (status) {
            case BAD_REQUEST -> {
                if (hasCause(cause, UnrecognizedPropertyException.class)) {
                    yield ErrorCode.UNKNOWN_FIELD;
                }
                yield hasCause(cause, JsonProcessingException.class) ? ErrorCode.MALFORMED_REQUEST : ErrorCode.VALIDATION_FAILED;
            }
            case UNAUTHORIZED -> ErrorCode.UNAUTHENTICATED;
            case FORBIDDEN -> ErrorCode.FORBIDDEN;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ErrorCode.METHOD_NOT_ALLOWED;
            case REQUEST_ENTITY_TOO_LARGE -> ErrorCode.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case SERVICE_UNAVAILABLE -> ErrorCode.PROJECTION_BEHIND;
            default -> status.getCode() < 500 ? ErrorCode.MALFORMED_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
