/** User accounts, their roles and their link to an organisation. */
@NullMarked
package com.fasttrack.portal.security;

import org.jspecify.annotations.NullMarked;
