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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administration of user accounts by program managers: invite, change role or organisation, disable and
 * enable, reset a password. New and reset passwords are one-time passwords (docs/decisions/004).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
public class UserAdminService {

    private final UserAccounts users;
    private final Organisations organisations;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SecureRandom random = new SecureRandom();

    UserAdminService(UserAccounts users, Organisations organisations, PasswordEncoder passwordEncoder,
                     CurrentUser currentUser) {
        this.users = users;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
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
                passwordEncoder.encode(password.value()));
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
        return UserRow.of(saved, saved.organisationId() == null ? null
                : organisations.findById(saved.organisationId()).orElse(null));
    }

    @Transactional
    public void disable(UserId id) {
        save(load(id).disable(currentUser.require().id()));
    }

    @Transactional
    public void enable(UserId id) {
        save(load(id).enable());
    }

    /** Replaces the password with a one-time password, which the user must change at its next sign-in. */
    @Transactional
    public IssuedPassword resetPassword(UserId id) {
        OneTimePassword password = OneTimePassword.generate(random);
        UserAccount account = save(load(id).withPassword(passwordEncoder.encode(password.value()), true));
        return new IssuedPassword(account.email(), account.displayName(), password);
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
            return users.save(account);
        } catch (OptimisticLockingFailureException concurrentEdit) {
            throw new StaleVersionException("user");
        }
    }
}
