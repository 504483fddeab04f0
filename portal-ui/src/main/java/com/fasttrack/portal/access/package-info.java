/**
 * Access to engagements for every feature's services: the current user's scope, an engagement loaded within it and
 * the staff check. It sits under the features and knows none of their services or views.
 */
@NullMarked
package com.fasttrack.portal.access;

import org.jspecify.annotations.NullMarked;
