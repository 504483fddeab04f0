package com.fasttrack.portal.security.service;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.DuplicateEmailException;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.OneTimePassword;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.StaleVersionException;
import com.fasttrack.portal.shared.service.Constraints;

import org.jspecify.annotations.Nullable;
import com.fasttrack.portal.security.AccountSessions;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administration of user accounts by program managers: invite, change role or organisation, disable and
 * enable, reset a password. New and reset passwords are one-time passwords (docs/decisions/004), valid a week.
 * Every change that must end the user's sessions moves its session epoch; each is published as a security event.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
public class UserAdminService {

    private final UserAccounts users;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserAdminService(UserAccounts users, Organisations organisations, PasswordEncoder passwordEncoder,
                     CurrentUser currentUser, ApiTokens tokens, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** One page of users matching the text (name or e-mail), with their organisations in one more query. */
    public List<UserRow> list(String search, PageRequest page) {
        List<UserAccount> accounts = users.search(search, page);
        Map<OrganisationId, Organisation> byId = organisations.findAllById(accounts.stream()
                        .map(UserAccount::organisationId).filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        return accounts.stream()
                .map(account -> UserRow.of(account, account.organisationId() == null ? null
                        : byId.get(account.organisationId())))
                .toList();
    }

    public long count(String search) {
        return users.count(search);
    }

    /** Creates an enabled account with a one-time password, returned here once and never again. */
    @Transactional
    public IssuedPassword invite(EmailAddress email, String displayName, Role role,
                                 @Nullable OrganisationId organisationId) {
        requireFittingOrganisation(role, organisationId);
        if (users.findByEmail(email).isPresent()) {
            throw new DuplicateEmailException(email);
        }
        OneTimePassword password = OneTimePassword.generate(random);
        UserAccount account = UserAccount.invite(email, displayName, role, organisationId,
                passwordEncoder.encode(password.value()), now());
        try {
            account = users.save(account);
        } catch (DataIntegrityViolationException violation) {
            if (Constraints.violated(violation, "app_user_email_uq")) {
                throw new DuplicateEmailException(email);
            }
            throw violation;
        }
        return new IssuedPassword(account.email(), account.displayName(), password);
    }

    @Transactional
    public UserRow reassign(UserId id, long version, Role role, @Nullable OrganisationId organisationId) {
        UserAccount account = load(id);
        if (account.version() != version) {
            throw new StaleVersionException("user");
        }
        requireFittingOrganisation(role, organisationId);
        UserAccount saved = save(account.reassign(currentUser.require().id(), role, organisationId));
        if (saved.role() != account.role()) {
            publish(SecurityEventKind.ROLE_CHANGED, saved, account.role().label() + " to " + saved.role().label());
        }
        if (!Objects.equals(saved.organisationId(), account.organisationId())) {
            publish(SecurityEventKind.ORGANISATION_CHANGED, saved, "Organisation " + account.organisationId()
                    + " to " + saved.organisationId());
        }
        return UserRow.of(saved, saved.organisationId() == null ? null
                : organisations.findById(saved.organisationId()).orElse(null));
    }

    @Transactional
    public void disable(UserId id) {
        UserAccount account = load(id);
        if (!account.enabled()) {
            return;
        }
        publish(SecurityEventKind.ACCOUNT_DISABLED, save(account.disable(currentUser.require().id())), "");
    }

    @Transactional
    public void enable(UserId id) {
        UserAccount account = load(id);
        if (account.enabled()) {
            return;
        }
        publish(SecurityEventKind.ACCOUNT_ENABLED, save(account.enable()), "");
    }

    /**
     * Replaces the password with a one-time password, which the user must change at its next sign-in; its open
     * sessions end and its API tokens are revoked (whoever made the reset necessary may hold them).
     */
    @Transactional
    public IssuedPassword resetPassword(UserId id) {
        OneTimePassword password = OneTimePassword.generate(random);
        Instant now = now();
        UserAccount account = save(load(id).resetPassword(passwordEncoder.encode(password.value()), now));
        publish(SecurityEventKind.PASSWORD_RESET, account, "One-time password valid until "
                + now.plus(UserAccount.ONE_TIME_PASSWORD_VALIDITY));
        tokens.revokeAll(account.id(), now).forEach(token -> publish(SecurityEventKind.TOKEN_REVOKED, account,
                "Token " + token.prefix() + "… revoked by a password reset"));
        return new IssuedPassword(account.email(), account.displayName(), password);
    }

    private void publish(SecurityEventKind kind, UserAccount subject, String detail) {
        events.publishEvent(new SecurityEvent(kind, now(), subject.id(), subject.email().value(),
                currentUser.require().id(), null, detail));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private void requireFittingOrganisation(Role role, @Nullable OrganisationId organisationId) {
        UserAccount.requireOrganisationFits(role, organisationId);
        if (organisationId != null) {
            Organisation organisation = organisations.findById(organisationId)
                    .orElseThrow(() -> new NotFoundException("Organisation"));
            UserAccount.requireMatchingKind(role, organisation.kind());
        }
    }

    private UserAccount load(UserId id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User"));
    }

    private UserAccount save(UserAccount account) {
        try {
            AccountSessions.forgetReads();
            return users.save(account);
        } catch (OptimisticLockingFailureException concurrentEdit) {
            throw new StaleVersionException("user");
        }
    }
}
