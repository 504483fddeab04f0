/** Customer and partner organisations, and the Azure regions they are based in. */
@NullMarked
package com.fasttrack.portal.organisation;

import org.jspecify.annotations.NullMarked;
