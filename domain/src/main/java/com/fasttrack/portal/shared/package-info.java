/** Small building blocks shared by every feature: validation helpers and paging types. */
@NullMarked
package com.fasttrack.portal.shared;

import org.jspecify.annotations.NullMarked;
