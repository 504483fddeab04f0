/** The append-only history of everything that changes on an engagement. */
@NullMarked
package com.fasttrack.portal.activity;

import org.jspecify.annotations.NullMarked;
