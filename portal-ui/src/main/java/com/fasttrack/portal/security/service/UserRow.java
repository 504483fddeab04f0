package com.fasttrack.portal.security.service;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/** A user as the administration list shows it: the account without its password hash, with its organisation. */
public record UserRow(UserId id, long version, EmailAddress email, String displayName, Role role,
                      @Nullable Organisation organisation, boolean enabled) {

    static UserRow of(UserAccount account, @Nullable Organisation organisation) {
        return new UserRow(account.id(), account.version(), account.email(), account.displayName(), account.role(),
                organisation, account.enabled());
    }

    public Optional<Organisation> organisationIfAny() {
        return Optional.ofNullable(organisation);
    }
}
