/**
 * Running the portal: the actuator's security, the portal's own metrics ({@code portal.*}) and the request id that
 * every log line of a request carries (docs/decisions/018-operations-metrics-and-backup.md).
 */
@NullMarked
package com.fasttrack.portal.operations;

import org.jspecify.annotations.NullMarked;
