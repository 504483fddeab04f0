/**
 * Running the portal: what it does while the database is away, what its readiness probe reports, the actuator's
 * security, the portal's own metrics ({@code portal.*}) and the request id that every log line of a request carries
 * (docs/decisions/016 and 018).
 */
@NullMarked
package com.fasttrack.portal.operations;

import org.jspecify.annotations.NullMarked;
