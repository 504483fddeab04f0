package com.fasttrack.portal.engagement;

import com.fasttrack.portal.shared.DomainException;

import java.util.regex.Pattern;

/** Identifies a workload area of the catalogue, e.g. {@code HPC}. */
public record WorkloadCode(String value) {

    public static final int MAX = 32;
    private static final Pattern SHAPE = Pattern.compile("^[A-Z][A-Z0-9_]{1," + (MAX - 1) + "}$");

    public WorkloadCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DomainException("'" + value + "' is not a workload code");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
