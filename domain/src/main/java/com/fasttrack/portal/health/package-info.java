/** An engagement's health: the worst colour of its signals, always with its reasons. */
@NullMarked
package com.fasttrack.portal.health;

import org.jspecify.annotations.NullMarked;
