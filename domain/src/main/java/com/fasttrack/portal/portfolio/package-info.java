/** Read models across many engagements for the home dashboards: rows sorted by health, counts, distributions. */
@NullMarked
package com.fasttrack.portal.portfolio;

import org.jspecify.annotations.NullMarked;
