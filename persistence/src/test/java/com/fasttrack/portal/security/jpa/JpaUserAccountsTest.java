package com.fasttrack.portal.security.jpa;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JpaUserAccountsTest {

    @Autowired
    UserAccounts users;
    @Autowired
    Organisations organisations;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private UserAccount customer(Organisation org, String name) {
        return new UserAccount(UserId.random(), 0, new EmailAddress(name + "-" + tag + "@example.com"),
                name + " " + tag, "{noop}secret", Role.CUSTOMER, true, org.id(), true);
    }

    @Test
    void roundTripsEveryField() {
        Organisation org = organisations.save(Organisation.create("Contoso " + tag, OrganisationKind.CUSTOMER,
                Region.UNITED_KINGDOM));
        UserAccount saved = users.save(customer(org, "zoë"));

        UserAccount loaded = users.findByEmail(saved.email()).orElseThrow();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.organisationId()).isEqualTo(org.id());
        assertThat(loaded.passwordChangeRequired()).isTrue();
        assertThat(organisations.findByName("contoso " + tag)).contains(org);
    }

    @Test
    void anyAccountIsOneRowAway() {
        Organisation org = organisations.save(Organisation.create("Northwind " + tag, OrganisationKind.CUSTOMER,
                Region.UNITED_KINGDOM));
        users.save(customer(org, "any"));

        assertThat(users.any()).isTrue();
    }

    @Test
    void staleVersionIsRefused() {
        Organisation org = organisations.save(Organisation.create("Fabrikam " + tag, OrganisationKind.CUSTOMER,
                Region.JAPAN));
        UserAccount first = users.save(customer(org, "ann"));
        users.save(first.withEnabled(false));

        assertThatThrownBy(() -> users.save(first.withEnabled(true)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(users.findById(first.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void emailIsUnique() {
        Organisation org = organisations.save(Organisation.create("Tailspin " + tag, OrganisationKind.CUSTOMER,
                Region.INDIA));
        UserAccount one = users.save(customer(org, "bo"));
        UserAccount twin = new UserAccount(UserId.random(), 0, one.email(), "Other", "{noop}x", Role.CUSTOMER, true,
                org.id(), false);
        assertThatThrownBy(() -> users.save(twin)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void searchPagesAndSortsInTheDatabase() {
        Organisation org = organisations.save(Organisation.create("Northwind " + tag, OrganisationKind.CUSTOMER,
                Region.CANADA));
        for (String name : new String[] {"delta", "alpha", "charlie", "bravo"}) {
            users.save(customer(org, name));
        }
        PageRequest secondPage = new PageRequest(2, 2, java.util.List.of(PageRequest.SortKey.asc("displayName")));
        assertThat(users.search(tag, secondPage)).extracting(UserAccount::displayName)
                .containsExactly("charlie " + tag, "delta " + tag);
        assertThat(users.count(tag)).isEqualTo(4);
    }
}
