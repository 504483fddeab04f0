/** The engagement feature's services: the transaction and security boundary for the workload catalogue. */
@NullMarked
package com.fasttrack.portal.engagement.service;

import org.jspecify.annotations.NullMarked;
