package com.fasttrack.portal.testing;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;

import org.springframework.boot.test.context.TestComponent;

import java.util.UUID;

/** Creates the data a test needs, uniquely named so tests never depend on each other or on the demo set. */
@TestComponent
public class TestData {

    public static final String PASSWORD = "test-password";
    private static final String PASSWORD_HASH = "{noop}" + PASSWORD;

    private final Organisations organisations;
    private final UserAccounts users;
    private final Engagements engagements;
    private final WorkloadCatalogue catalogue;

    TestData(Organisations organisations, UserAccounts users, Engagements engagements, WorkloadCatalogue catalogue) {
        this.organisations = organisations;
        this.users = users;
        this.engagements = engagements;
        this.catalogue = catalogue;
    }

    /** An engagement in Discovery for the customer, with these engineers assigned and these workloads. */
    public Engagement engagement(Organisation customer, String title, java.util.Collection<UserAccount> engineers,
                                 String... workloads) {
        java.util.List<WorkloadArea> areas = java.util.Arrays.stream(workloads)
                .map(code -> catalogue.find(new WorkloadCode(code)).orElseThrow()).toList();
        Engagement engagement = Engagement.create(customer, title, "", PartnershipOption.FASTTRACK, areas,
                java.time.LocalDate.now(), java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        engagement.assignEngineers(engineers.stream().map(UserAccount::id).toList());
        return engagements.save(engagement);
    }

    /** The stakeholder/engineer list an engagement's owner and attendee fields offer. */
    public Engagement withSponsor(Engagement engagement, String sponsor) {
        Engagement current = engagements.find(engagement.id(), new com.fasttrack.portal.engagement.EngagementScope.All())
                .orElseThrow();
        current.addStakeholder(sponsor, null, com.fasttrack.portal.engagement.StakeholderRole.EXECUTIVE_SPONSOR, null);
        return engagements.save(current);
    }

    public Organisation organisationOf(UserAccount user) {
        return organisations.findById(user.organisationId()).orElseThrow();
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Organisation customerOrganisation(Region region) {
        return organisations.save(Organisation.create(unique("Customer"), OrganisationKind.CUSTOMER, region));
    }

    public Organisation partnerOrganisation(Region region) {
        return organisations.save(Organisation.create(unique("Partner"), OrganisationKind.PARTNER, region));
    }

    public UserAccount user(Role role) {
        Organisation organisation = switch (role) {
            case CUSTOMER -> customerOrganisation(Region.UNITED_KINGDOM);
            case PARTNER -> partnerOrganisation(Region.WESTERN_EUROPE);
            default -> null;
        };
        return user(role, organisation);
    }

    /** A user (of a fresh organisation where the role needs one) who signs in with a one-time password. */
    public UserAccount userWithOneTimePassword(Role role) {
        UserAccount user = user(role);
        return users.save(user.withPassword(PASSWORD_HASH, true));
    }

    public static String uniqueEmail(String prefix) {
        return unique(prefix).toLowerCase().replace(' ', '.') + "@test.example";
    }

    public UserAccount disable(UserAccount user) {
        UserAccount current = users.findById(user.id()).orElseThrow();
        return users.save(current.withEnabled(false));
    }

    public UserAccount user(Role role, Organisation organisation) {
        String name = unique(role.label());
        String email = name.toLowerCase().replace(' ', '.') + "@test.example";
        return users.save(new UserAccount(UserId.random(), 0, new EmailAddress(email), name, PASSWORD_HASH, role,
                true, organisation == null ? null : organisation.id(), false));
    }
}
