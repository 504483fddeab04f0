/** The engagement record: workloads, phases with their checklists and gate, stakeholders, engineers. */
@NullMarked
package com.fasttrack.portal.engagement;

import org.jspecify.annotations.NullMarked;
