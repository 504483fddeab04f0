package com.fasttrack.portal;

import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.UUID;

/**
 * The REST API's errors as RFC 9457 problem details ({@code application/problem+json}): what the caller sent wrong
 * is a 400 naming the parameter and logged at DEBUG; only the unexpected is a 500, with a reference to quote, and
 * only that is logged at ERROR. No body ever carries a stack trace, an exception class or the caller's value.
 */
@RestControllerAdvice(basePackages = "com.fasttrack.portal")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** Missing and foreign answer the same body, so a foreign id reveals nothing. */
    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        log.debug("API not found: {}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "Not found",
                "It does not exist, or it is not shared with you.");
        // Spring would fill in the request's path, making a foreign id's body differ from a missing one's
        problem.setInstance(URI.create("/api/engagements"));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        log.debug("API access denied: {}", e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "Not allowed", "You may not do this.");
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        log.debug("API invalid parameter: {}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e) {
        log.debug("API request refused: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Request refused", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API error {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "Something went wrong; quote reference " + reference + " to support.");
        problem.setProperty("reference", reference);
        return problem;
    }

    /** A parameter that is not a number, not one of an enum's names, or too big for its type. */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : String.valueOf(e.getPropertyName());
        Class<?> type = e.getRequiredType();
        String rule = type == null ? "has an invalid value"
                : type.isEnum() ? "must be one of " + InvalidParameterException.choices(type)
                : type == int.class || type == Integer.class ? "must be a whole number"
                : "has an invalid value";
        return ResponseEntity.badRequest().body(invalidParameter(new InvalidParameterException(name, rule)));
    }

    /** Spring's own 4xx (a missing parameter, a wrong method, …) keep Spring's problem detail, logged quietly. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        log.debug("API {}: {}", status.value(), e.getMessage());
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
