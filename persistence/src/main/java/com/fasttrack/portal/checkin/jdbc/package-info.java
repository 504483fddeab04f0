/** JDBC adapter of the check-ins, selecting the internal note only for scopes that see it. */
@NullMarked
package com.fasttrack.portal.checkin.jdbc;

import org.jspecify.annotations.NullMarked;
