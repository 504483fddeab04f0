/**
 * Refusals to start on an unsafe configuration (no database, demo data on a server, no first program manager),
 * each reported as one message saying what to do instead.
 */
@NullMarked
package com.fasttrack.portal.startup;

import org.jspecify.annotations.NullMarked;
