package com.fasttrack.portal.security.service;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service is the security boundary and re-checks every rule the forms check. */
class UserAdminServiceTest extends KaribuTest {

    @Autowired
    UserAdminService service;
    @Autowired
    UserAccounts users;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CUSTOMER", "ENGINEER", "PARTNER"})
    void onlyProgramManagersMayCallIt(Role role) {
        UserAccount caller = login(role);
        assertThatThrownBy(() -> service.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.invite(new EmailAddress(TestData.uniqueEmail("x")), "X", Role.ENGINEER,
                null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.resetPassword(caller.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusesAnEngineerInAnOrganisationAndACustomerInAPartnerOrganisation() {
        Organisation customerOrganisation = testData.customerOrganisation(Region.JAPAN);
        Organisation partnerOrganisation = testData.partnerOrganisation(Region.JAPAN);
        login(Role.PROGRAM_MANAGER);
        EmailAddress email = new EmailAddress(TestData.uniqueEmail("refused"));

        assertThatThrownBy(() -> service.invite(email, "E", Role.ENGINEER, customerOrganisation.id()))
                .isInstanceOf(DomainException.class)
                .hasMessage("An engineer works for the provider and belongs to no organisation");
        assertThatThrownBy(() -> service.invite(email, "C", Role.CUSTOMER, partnerOrganisation.id()))
                .hasMessage("A customer must belong to a customer organisation");
        assertThatThrownBy(() -> service.invite(email, "C", Role.CUSTOMER, null))
                .hasMessage("A customer must belong to an organisation");
        assertThat(users.findByEmail(email)).isEmpty();
    }

    @Test
    void aProgramManagerCannotDisableItselfOrChangeItsOwnRole() {
        UserAccount me = login(Role.PROGRAM_MANAGER);

        assertThatThrownBy(() -> service.disable(me.id()))
                .isInstanceOf(DomainException.class).hasMessage("You cannot disable your own account");
        assertThatThrownBy(() -> service.reassign(me.id(), me.version(), Role.ENGINEER, null))
                .hasMessage("You cannot change your own role");
        UserAccount stored = users.findById(me.id()).orElseThrow();
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.role()).isEqualTo(Role.PROGRAM_MANAGER);
    }

    @Test
    void listsOnePageWithOrganisationNamesFromTheDatabase() {
        Organisation organisation = testData.customerOrganisation(Region.BRAZIL);
        String tag = TestData.unique("paged").replace(' ', '-');
        for (String name : List.of("Cleo", "Abe", "Bea")) {
            users.save(UserAccount.invite(new EmailAddress(name.toLowerCase() + "." + tag + "@test.example"),
                    name + " " + tag, Role.CUSTOMER, organisation.id(), "{noop}x"));
        }
        login(Role.PROGRAM_MANAGER);

        List<UserRow> page = service.list(tag, PageRequest.of(1, 1).sortedBy(PageRequest.SortKey.asc("displayName")));

        assertThat(page).singleElement().satisfies(row -> {
            assertThat(row.displayName()).isEqualTo("Bea " + tag);
            assertThat(row.organisation()).isEqualTo(organisation);
        });
        assertThat(service.count(tag)).isEqualTo(3);
    }
}
