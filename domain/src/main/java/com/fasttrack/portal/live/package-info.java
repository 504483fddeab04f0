/**
 * Change events that reach every running instance of the portal, so everyone looking at an engagement sees its
 * changes as they happen, and who else is looking.
 */
@NullMarked
package com.fasttrack.portal.live;

import org.jspecify.annotations.NullMarked;
