/** The release and iteration backlog of an engagement, once a partner and support strategy is chosen. */
@NullMarked
package com.fasttrack.portal.backlog;

import org.jspecify.annotations.NullMarked;
