package com.slotledger.app.web;

import com.slotledger.api.shared.DomainRejection;
import com.slotledger.api.shared.ErrorCode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the domain's rejections, and Axon's "no such aggregate" and lost-race outcomes, once, at the edge.
 * Anything else is a bug: logged, and answered as a 500 problem without internals.
 */
@Singleton
class DomainRejectionHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(DomainRejectionHandler.class);
    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        Problem problem = problemFor(request, exception);
        if (problem == null) {
            LOG.error("Unhandled failure on {} {}", request.getMethod(), request.getPath(), exception);
            problem = Problems.problem(ErrorCode.INTERNAL_ERROR, "An unexpected error occurred; it has been logged.",
                    request, null);
        }
        return Problems.respond(HttpResponse.status(Problems.status(ErrorCode.valueOf(problem.code()))), problem);
    }

    private static Problem problemFor(HttpRequest<?> request, Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainRejection rejection) {
                return Problems.problem(rejection.code(), rejection.detail(), request, null);
            }
            if (cause instanceof AggregateNotFoundException) {
                return Problems.problem(ErrorCode.NOT_FOUND, "No such record: " + ((AggregateNotFoundException) cause)
                        .getAggregateIdentifier() + ".", request, null);
            }
            if (cause instanceof ConcurrencyException) {
                return Problems.problem(ErrorCode.CONCURRENT_MODIFICATION,
                        "Another change to the same record won the race; retry.", request, null);
            }
        }
        return null;
    }
}
