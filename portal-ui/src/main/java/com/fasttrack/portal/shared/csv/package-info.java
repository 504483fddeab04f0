/** CSV output every export shares (reports, the security log). */
@NullMarked
package com.fasttrack.portal.shared.csv;

import org.jspecify.annotations.NullMarked;
