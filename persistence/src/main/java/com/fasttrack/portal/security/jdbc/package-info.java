/** JDBC adapters of the security ports that need no entity: API tokens, failure counters and the audit log. */
@NullMarked
package com.fasttrack.portal.security.jdbc;

import org.jspecify.annotations.NullMarked;
