/** The engagement feature's views: the workload catalogue matrix and its availability dialog. */
@NullMarked
package com.fasttrack.portal.engagement.ui;

import org.jspecify.annotations.NullMarked;
