package com.fasttrack.portal.shared.jpa;

import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerFilter;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user types into a search box matches itself: {@code %}, {@code _} and the backslash are no wildcards. */
@PersistenceTest
class LikeSearchEscapingTest {

    private static final PageRequest ALL = PageRequest.of(0, PageRequest.MAX_LIMIT);

    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts users;
    @Autowired
    Partners partners;
    @Autowired
    Engagements engagements;
    @Autowired
    PersistenceFixtures fixtures;

    /** A name holding the character, one where another character stands in its place, one without it. */
    private record Names(String with, String without, String shorter) {
        static Names around(String character) {
            String tag = PersistenceFixtures.tag();
            return new Names("Alpha " + character + "b " + tag, "Alpha xb " + tag, "Alpha b " + tag);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\"})
    void organisationSearchesMatchOnlyNamesContainingTheCharacter(String character) {
        Names names = Names.around(character);
        Organisation with = organisations.save(Organisation.create(names.with(), OrganisationKind.CUSTOMER,
                Region.CANADA));
        Organisation without = organisations.save(Organisation.create(names.without(), OrganisationKind.CUSTOMER,
                Region.CANADA));
        Organisation shorter = organisations.save(Organisation.create(names.shorter(), OrganisationKind.CUSTOMER,
                Region.CANADA));
        String typed = "a " + character + "b";

        List<Organisation> found = organisations.search(typed, ALL);
        assertThat(found).contains(with).doesNotContain(without, shorter)
                .allSatisfy(o -> assertThat(o.name().toLowerCase()).contains(typed));
        assertThat(organisations.count(typed)).isEqualTo(found.size());
        assertThat(organisations.searchByKind(OrganisationKind.CUSTOMER, typed, ALL))
                .contains(with).doesNotContain(without, shorter);
        assertThat(organisations.search(character, ALL)).contains(with).doesNotContain(without, shorter)
                .allSatisfy(o -> assertThat(o.name()).contains(character));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\"})
    void userSearchMatchesOnlyNamesContainingTheCharacter(String character) {
        Names names = Names.around(character);
        UserAccount with = users.save(engineer(names.with()));
        UserAccount without = users.save(engineer(names.without()));
        UserAccount shorter = users.save(engineer(names.shorter()));

        List<UserAccount> found = users.search(character, ALL);
        assertThat(found).extracting(UserAccount::id).contains(with.id()).doesNotContain(without.id(), shorter.id());
        assertThat(users.search("a " + character + "b", ALL)).extracting(UserAccount::id).contains(with.id())
                .doesNotContain(without.id(), shorter.id());
        assertThat(found).allSatisfy(u -> assertThat(u.displayName() + u.email().value()).contains(character));
        assertThat(users.count(character)).isEqualTo(found.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\"})
    void partnerAndEngagementSearchesMatchOnlyNamesContainingTheCharacter(String character) {
        Names names = Names.around(character);
        Organisation with = partner(names.with());
        Organisation without = partner(names.without());
        Organisation shorter = partner(names.shorter());

        List<PartnerCandidate> found = partners.list(new PartnerFilter(character, null, null, null), ALL);
        assertThat(found).extracting(PartnerCandidate::name).contains(with.name())
                .doesNotContain(without.name(), shorter.name())
                .allSatisfy(name -> assertThat(name).contains(character));

        Organisation customer = organisations.save(Organisation.create(PersistenceFixtures.tag(),
                OrganisationKind.CUSTOMER, Region.CANADA));
        fixtures.engagement(customer, names.with(), PartnershipOption.FASTTRACK, List.of(), "SAP");
        fixtures.engagement(customer, names.without(), PartnershipOption.FASTTRACK, List.of(), "SAP");
        fixtures.engagement(customer, names.shorter(), PartnershipOption.FASTTRACK, List.of(), "SAP");
        List<EngagementSummary> listed = engagements.list(new EngagementFilter("a " + character + "b", null, null, null, null,
                null), new EngagementScope.OfCustomer(customer.id()), ALL);
        assertThat(listed).extracting(EngagementSummary::title).containsExactly(names.with());
    }

    /** PostgreSQL refuses a NUL in any text parameter; a pasted one must not turn a search into an error. */
    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u001B", "\u007F"})
    void aControlCharacterInASearchIsDroppedSoTheSearchMatchesTheVisibleText(String control) {
        String tag = PersistenceFixtures.tag();
        Organisation partner = partner("Alpha " + tag);
        String typed = "alpha" + control + " " + tag;

        assertThat(organisations.search(typed, ALL)).contains(partner);
        assertThat(organisations.count(typed)).isEqualTo(1);
        assertThat(organisations.search("alpha " + tag, ALL)).containsExactlyElementsOf(organisations.search(typed, ALL));
        assertThat(partners.list(new PartnerFilter(typed, null, null, null), ALL)).extracting(PartnerCandidate::name)
                .containsExactly(partner.name());
        assertThat(users.search(typed, ALL)).isEmpty();
        Organisation customer = organisations.save(Organisation.create("Customer " + tag, OrganisationKind.CUSTOMER,
                Region.CANADA));
        fixtures.engagement(customer, "Alpha " + tag, PartnershipOption.FASTTRACK, List.of(), "SAP");
        assertThat(engagements.list(new EngagementFilter(typed, null, null, null, null, null),
                new EngagementScope.All(), ALL)).extracting(EngagementSummary::title).containsExactly("Alpha " + tag);
    }

    private Organisation partner(String name) {
        Organisation organisation = organisations.save(Organisation.create(name, OrganisationKind.PARTNER,
                Region.CANADA));
        partners.save(new PartnerProfile(organisation.id(), 0, PartnerType.SOLUTIONS_PARTNER, Set.of(Region.CANADA),
                Set.of(new WorkloadCode("SAP")), 1));
        return organisation;
    }

    private static UserAccount engineer(String name) {
        return new UserAccount(UserId.random(), 0, new EmailAddress(PersistenceFixtures.tag() + "@example.com"), name,
                "{noop}secret", Role.ENGINEER, true, null, false);
    }
}
