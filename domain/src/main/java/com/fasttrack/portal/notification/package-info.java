/** Personal notifications (the bell and e-mail): who hears of what on an engagement, and how by mail. */
@NullMarked
package com.fasttrack.portal.notification;

import org.jspecify.annotations.NullMarked;
