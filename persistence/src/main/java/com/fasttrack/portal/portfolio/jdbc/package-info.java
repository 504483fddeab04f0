/** JDBC adapter of the portfolio dashboard: rows and counts, one statement each. */
@NullMarked
package com.fasttrack.portal.portfolio.jdbc;

import org.jspecify.annotations.NullMarked;
