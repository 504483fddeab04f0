/**
 * Report models and their writers (PDF, XLSX, CSV): plain Java taking a model and an {@code OutputStream}, no
 * Spring and no Vaadin, so they are unit-tested directly. Visibility is enforced again when a model is built.
 */
@NullMarked
package com.fasttrack.portal.report;

import org.jspecify.annotations.NullMarked;
