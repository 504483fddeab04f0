/** JDBC adapter of the stored health: the engagement's health columns and their change history. */
@NullMarked
package com.fasttrack.portal.health.jdbc;

import org.jspecify.annotations.NullMarked;
