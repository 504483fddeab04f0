/** JDBC adapters of notifications, mail preferences and the mail outbox. */
@NullMarked
package com.fasttrack.portal.notification.jdbc;

import org.jspecify.annotations.NullMarked;
