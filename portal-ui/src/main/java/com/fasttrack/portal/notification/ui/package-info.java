/** The notification bell and the e-mail preferences page. */
@NullMarked
package com.fasttrack.portal.notification.ui;

import org.jspecify.annotations.NullMarked;
