/** The partner directory, the explainable match score and the partner match state machine. */
@NullMarked
package com.fasttrack.portal.partner;

import org.jspecify.annotations.NullMarked;
