/** JDBC adapter of the backlog items, with hand-written optimistic locking. */
@NullMarked
package com.fasttrack.portal.backlog.jdbc;

import org.jspecify.annotations.NullMarked;
