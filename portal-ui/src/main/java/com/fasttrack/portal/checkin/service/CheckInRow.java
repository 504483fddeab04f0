package com.fasttrack.portal.checkin.service;

import com.fasttrack.portal.checkin.CheckIn;

import org.jspecify.annotations.Nullable;

/** A check-in with the names of who recorded and who acknowledged it. */
public record CheckInRow(CheckIn checkIn, String recordedBy, @Nullable String acknowledgedBy) {
}
