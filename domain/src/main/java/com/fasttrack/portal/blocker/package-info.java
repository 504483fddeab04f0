/** Blockers raised by either side on an engagement, their escalation and resolution. */
@NullMarked
package com.fasttrack.portal.blocker;

import org.jspecify.annotations.NullMarked;
