/**
 * The frame around every signed-in page. A slice of its own: views reach it by {@code @Layout}, its menu comes from
 * {@code @Menu}, so it names no view and no view names it.
 */
@NullMarked
package com.fasttrack.portal.layout;

import org.jspecify.annotations.NullMarked;
