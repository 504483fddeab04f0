package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.SignInThrottling;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Program managers see which accounts failed sign-in too often and lift their locks. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
public class LockoutService {

    private static final Logger LOG = LoggerFactory.getLogger(LockoutService.class);

    private final SignInThrottling throttling;
    private final UserAccounts users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LockoutService(SignInThrottling throttling, UserAccounts users, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.throttling = throttling;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Those of these accounts that are locked now, from some client address. */
    public Set<EmailAddress> locked(Collection<EmailAddress> emails) {
        return throttling.lockedAccounts(emails.stream().map(EmailAddress::value).toList()).stream()
                .map(EmailAddress::new).collect(Collectors.toSet());
    }

    /** Clears every lock and failure count of the account, from every address. */
    @Transactional
    public void unlock(UserId id) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("User"));
        int locks = throttling.unlock(account.email().value());
        UserId by = currentUser.require().id();
        LOG.info("Sign-in of {} unlocked by {} ({} locks lifted)", account.email().value(), by, locks);
        events.publishEvent(new SecurityEvent(SecurityEventKind.UNLOCKED, clock.instant(), account.id(),
                account.email().value(), by, null, "unlocked by a program manager; " + locks
                + (locks == 1 ? " lock" : " locks") + " lifted"));
    }
}
