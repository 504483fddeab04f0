/** JDBC adapter of the blockers, and the blocker rules in SQL that the portfolio reuses. */
@NullMarked
package com.fasttrack.portal.blocker.jdbc;

import org.jspecify.annotations.NullMarked;
