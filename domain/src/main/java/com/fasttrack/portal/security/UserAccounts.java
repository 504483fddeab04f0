package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** The port through which user accounts are stored and found. */
public interface UserAccounts {

    UserAccount save(UserAccount account);

    Optional<UserAccount> findById(UserId id);

    Optional<UserAccount> findByEmail(EmailAddress email);

    List<UserAccount> search(String text, PageRequest page);

    long count(String text);

    /** Whether there is any account at all: one row read, whatever the number of users (start-up asks it). */
    boolean any();

    /** The enabled users of a role, one page sorted by name. */
    List<UserAccount> enabledWithRole(Role role, PageRequest page);

    /** The accounts with these ids (missing ids are left out). */
    List<UserAccount> findByIds(java.util.Collection<UserId> ids);
}
