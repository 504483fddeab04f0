package com.fasttrack.portal.shared.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean of a service package that is not a transaction and security boundary, and says in one line
 * why (for example: an event listener that runs inside the writing service's transaction, or a scheduled job that
 * acts for no user). The architecture rules accept such a bean only with its reason.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotABoundary {

    /** Why this bean needs neither its own transaction nor a security check: one line. */
    String value();
}
