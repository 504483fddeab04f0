/** Running the portal: what it does while the database is away, and what its readiness probe reports. */
@NullMarked
package com.fasttrack.portal.operations;

import org.jspecify.annotations.NullMarked;
