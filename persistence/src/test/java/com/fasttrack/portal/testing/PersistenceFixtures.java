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

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Creates the organisations, users and engagements a persistence test needs through the real ports. Names carry
 * the caller's tag (see {@link #tag()}), so tests sharing the JVM's database never see each other's data by name.
 */
@TestComponent
public class PersistenceFixtures {

    /** The day and moment the fixtures' engagements are created on; microsecond precision, as PostgreSQL keeps. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    public static final Instant NOW = Instant.parse("2026-11-29T10:15:30.123456Z");

    private final Organisations organisations;
    private final UserAccounts users;
    private final Engagements engagements;
    private final WorkloadCatalogue catalogue;

    PersistenceFixtures(Organisations organisations, UserAccounts users, Engagements engagements,
                        WorkloadCatalogue catalogue) {
        this.organisations = organisations;
        this.users = users;
        this.engagements = engagements;
        this.catalogue = catalogue;
    }

    /** A fresh tag for one test's data. */
    public static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Organisation customer(String name, Region region) {
        return organisations.save(Organisation.create(name, OrganisationKind.CUSTOMER, region));
    }

    public Organisation partner(String name, Region region) {
        return organisations.save(Organisation.create(name, OrganisationKind.PARTNER, region));
    }

    /** A user named {@code name}; customers and partners need their organisation, staff none. */
    public UserAccount user(String name, Role role, @Nullable Organisation organisation) {
        String local = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return users.save(new UserAccount(UserId.random(), 0, new EmailAddress(local + "@t.example"), name,
                "{noop}x", role, true, organisation == null ? null : organisation.id(), false));
    }

    /** An active engagement in Discovery with these engineers assigned and these workloads. */
    public Engagement engagement(Organisation customer, String title, PartnershipOption option,
                                 Collection<UserAccount> engineers, String... workloads) {
        List<WorkloadArea> areas = Arrays.stream(workloads)
                .map(code -> catalogue.find(new WorkloadCode(code)).orElseThrow()).toList();
        Engagement engagement = Engagement.create(customer, title, "", option, areas, TODAY, NOW);
        engagement.assignEngineers(engineers.stream().map(UserAccount::id).toList());
        return engagements.save(engagement);
    }

    public Engagement save(Engagement engagement) {
        return engagements.save(engagement);
    }
}
