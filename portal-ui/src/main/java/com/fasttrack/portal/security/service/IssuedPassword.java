package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.OneTimePassword;

/**
 * A one-time password just given to a user, returned once so that the program manager can hand it over;
 * the portal keeps only its hash.
 */
public record IssuedPassword(EmailAddress email, String displayName, OneTimePassword password) {
}
