/** JDBC adapters of partner profiles and partner matches. */
@NullMarked
package com.fasttrack.portal.partner.jdbc;

import org.jspecify.annotations.NullMarked;
