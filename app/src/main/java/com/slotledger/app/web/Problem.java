package com.slotledger.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Introspected;

import java.util.List;

/** RFC 9457 problem details with our stable {@code code} and per-field {@code errors}: the one error model. */
@Introspected
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String code, String detail, String instance,
                      List<FieldError> errors) {

    @Introspected
    public record FieldError(String field, String message) {
    }
}
