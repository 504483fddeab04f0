package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.security.Throttle;
import com.fasttrack.portal.security.ThrottleKey;
import com.fasttrack.portal.security.ThrottleSettings;
import com.fasttrack.portal.security.Throttles;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.KaribuTest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** A program manager sees an account locked by failed sign-ins on the Users page and unlocks it for every address. */
class UsersViewUnlockTest extends KaribuTest {

    @Autowired
    Throttles throttles;
    @Autowired
    ThrottleSettings settings;
    @Autowired
    SecurityLog log;

    @Test
    void aLockedAccountShowsLockedAndUnlockClearsItsLocksFromEveryAddress() {
        UserAccount manager = login(Role.PROGRAM_MANAGER);
        UserAccount engineer = testData.user(Role.ENGINEER);
        lock(engineer, "203.0.113.20");
        lock(engineer, "203.0.113.21");

        navigate("users");
        UsersView view = _get(UsersView.class);
        fill(view.search, engineer.email().value());
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(((Span) _getCellComponent(view.grid, 0, "locked")).getText()).isEqualTo("Locked");

        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(view.grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Unlock")));

        expectNotifications(engineer.displayName() + " is unlocked and may sign in again");
        assertThat(throttles.find(ThrottleKey.account(engineer.email().value(), "203.0.113.20"))).isEmpty();
        assertThat(throttles.find(ThrottleKey.account(engineer.email().value(), "203.0.113.21"))).isEmpty();
        assertThat(((Span) _getCellComponent(view.grid, 0, "locked")).getText()).isEmpty();
        _assertNone((HorizontalLayout) _getCellComponent(view.grid, 0, "actions"), Button.class,
                spec -> spec.withText("Unlock"));
        assertThat(log.search(new SecurityLog.Filter(engineer.email().value(), SecurityEventKind.UNLOCKED, null,
                null), PageRequest.of(0, 5))).singleElement().satisfies(entry -> {
                    assertThat(entry.event().actor()).isEqualTo(manager.id());
                    assertThat(entry.event().detail()).isEqualTo("unlocked by a program manager; 2 locks lifted");
                });
    }

    @Test
    void anAccountWithFailuresBelowTheCeilingIsNotShownLocked() {
        login(Role.PROGRAM_MANAGER);
        UserAccount engineer = testData.user(Role.ENGINEER);
        Instant now = Instant.now();
        throttles.update(ThrottleKey.account(engineer.email().value(), "203.0.113.22"),
                t -> t.failedAt(now, settings.account()));

        navigate("users");
        UsersView view = _get(UsersView.class);
        fill(view.search, engineer.email().value());
        assertThat(((Span) _getCellComponent(view.grid, 0, "locked")).getText()).isEmpty();
    }

    private void lock(UserAccount account, String address) {
        Instant now = Instant.now();
        Throttle locked = null;
        for (int i = 0; i < settings.account().maxFailures(); i++) {
            locked = throttles.update(ThrottleKey.account(account.email().value(), address),
                    t -> t.failedAt(now, settings.account()));
        }
        assertThat(locked.lockedAt(now)).isTrue();
    }
}
