/**
 * The scale data set of issue 14: thousands of customers, engagements and their history, written by COPY on top of
 * the demo data (decision record 022).
 */
@NullMarked
package com.fasttrack.portal.demo.scale;

import org.jspecify.annotations.NullMarked;
