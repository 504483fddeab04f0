package com.fasttrack.portal.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The REST API while the database is away: 503 with a problem detail and a Retry-After, logged once per outage.
 * Ahead of the API's other error handlers, whose catch-all would call it a 500 with a stack trace.
 */
@RestControllerAdvice(basePackages = "com.fasttrack.portal")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableApiErrors {

    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableApiErrors.class);

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception e) {
        DatabaseUnavailable.log(log, "an API request", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        DatabaseUnavailable.API_MESSAGE));
    }
}
