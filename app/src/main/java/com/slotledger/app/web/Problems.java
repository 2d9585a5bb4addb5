package com.slotledger.app.web;

import com.slotledger.api.shared.ErrorCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.List;
import java.util.Locale;

/** Builds problem+json responses; the code's kind decides the status. */
final class Problems {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private Problems() {
    }

    static HttpStatus status(ErrorCode code) {
        return switch (code.kind()) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> HttpStatus.METHOD_NOT_ALLOWED;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case FAILURE -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    static Problem problem(ErrorCode code, String detail, HttpRequest<?> request, List<Problem.FieldError> errors) {
        HttpStatus status = status(code);
        return new Problem("urn:slotledger:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                status.getReason(), status.getCode(), code.name(), detail, request == null ? null : request.getPath(),
                errors == null || errors.isEmpty() ? null : errors);
    }

    static MutableHttpResponse<Problem> respond(MutableHttpResponse<?> response, Problem problem) {
        return response.status(problem.status()).contentType(PROBLEM_JSON).body(problem);
    }
}
