/** Helpers the JDBC adapters share (instants as SQL values, optimistic locking) and the JDBC adapter of job runs. */
@NullMarked
package com.fasttrack.portal.shared.jdbc;

import org.jspecify.annotations.NullMarked;
