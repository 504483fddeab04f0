package com.fasttrack.portal.ui;

/**
 * A part of a page that can bring its content up to date in place, keeping what the user set in it (filters,
 * paging), when the record it shows changed elsewhere.
 */
public interface LivePanel {

    void refresh();
}
