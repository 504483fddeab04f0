package com.fasttrack.portal.shared;

import java.time.LocalDate;

/** Lets a daily job run once per day however many instances of the portal run. */
public interface JobRuns {

    /** True for exactly one caller per job and day: the one that gets to run it. */
    boolean claim(String job, LocalDate day, String instance);
}
