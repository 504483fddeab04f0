/** JDBC adapter of the activity history, which is only ever appended to. */
@NullMarked
package com.fasttrack.portal.activity.jdbc;

import org.jspecify.annotations.NullMarked;
