package com.fasttrack.portal.home.service;

import com.fasttrack.portal.security.Role;

import org.jspecify.annotations.Nullable;

/** The signed-in user as the home page greets it. */
public record HomeSummary(String displayName, Role role, @Nullable String organisationName) {
}
