/** The engagement scope as SQL, used by every scoped query, and JDBC adapters of members and customers. */
@NullMarked
package com.fasttrack.portal.engagement.jdbc;

import org.jspecify.annotations.NullMarked;
