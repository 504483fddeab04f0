/** Periodic check-ins between the customer and the engagement's engineers. */
@NullMarked
package com.fasttrack.portal.checkin;

import org.jspecify.annotations.NullMarked;
