package com.fasttrack.portal.demo;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A believable demo data set, seeded idempotently: every organisation and user is created only when missing,
 * so a restart (or a second instance) adds nothing twice. Once seeded, a row named {@value #MARKER} in
 * {@code seeded_data_set} (written in the seeding transaction) says so: a restart asks that one primary-key question
 * and reads nothing else, whatever the size of the database (decision record 023). A transaction-scoped advisory
 * lock keeps two instances starting together from seeding at once.
 */
@Service
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The marker's name in {@code seeded_data_set}. */
    static final String MARKER = "demo";

    private record OrgSeed(String name, OrganisationKind kind, Region region) {
    }

    private record UserSeed(String email, String name, Role role, @Nullable String organisation) {
    }

    private static final List<OrgSeed> ORGANISATIONS = List.of(
            new OrgSeed("Contoso Retail", OrganisationKind.CUSTOMER, Region.UNITED_KINGDOM),
            new OrgSeed("Fabrikam Manufacturing", OrganisationKind.CUSTOMER, Region.UNITED_STATES),
            new OrgSeed("Tailwind Traders Japan", OrganisationKind.CUSTOMER, Region.JAPAN),
            new OrgSeed("Northwind Cloud Partners", OrganisationKind.PARTNER, Region.WESTERN_EUROPE),
            new OrgSeed("Adatum Managed Services", OrganisationKind.PARTNER, Region.UNITED_STATES),
            new OrgSeed("Litware Cloud Solutions", OrganisationKind.PARTNER, Region.UNITED_KINGDOM),
            new OrgSeed("Proseware Systems Integration", OrganisationKind.PARTNER, Region.JAPAN),
            new OrgSeed("Woodgrove Data & AI", OrganisationKind.PARTNER, Region.UNITED_STATES));

    private static final List<UserSeed> USERS = List.of(
            new UserSeed("zoe.angstrom@contoso.example", "Zoë Ångström", Role.CUSTOMER, "Contoso Retail"),
            new UserSeed("dana.whitfield@fabrikam.example", "Dana Whitfield", Role.CUSTOMER, "Fabrikam Manufacturing"),
            new UserSeed("ken.watanabe@tailwind.example", "渡辺 健 (Ken Watanabe)", Role.CUSTOMER,
                    "Tailwind Traders Japan"),
            new UserSeed("priya.raman@fasttrack.example", "Priya Raman", Role.ENGINEER, null),
            new UserSeed("lars.oberg@fasttrack.example", "Lars Øberg", Role.ENGINEER, null),
            new UserSeed("morgan.lee@fasttrack.example", "Morgan Lee", Role.PROGRAM_MANAGER, null),
            new UserSeed("sam.okafor@northwind.example", "Sam Okafor", Role.PARTNER, "Northwind Cloud Partners"),
            new UserSeed("lucia.fernandez@adatum.example", "Lucía Fernández", Role.PARTNER,
                    "Adatum Managed Services"));

    static final List<DemoMode.DemoLogin> LOGINS = USERS.stream()
            .map(u -> new DemoMode.DemoLogin(u.role().label(), u.email(),
                    u.organisation() == null ? u.name() : u.name() + ", " + u.organisation()))
            .toList();

    private final Organisations organisations;
    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final DemoEngagements demoEngagements;
    private final DemoPartners demoPartners;
    private final com.fasttrack.portal.health.EngagementHealth health;
    private final com.fasttrack.portal.health.service.HealthAssessor assessor;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoData(Organisations organisations, UserAccounts users, PasswordEncoder passwordEncoder,
             DemoEngagements demoEngagements, DemoPartners demoPartners,
             com.fasttrack.portal.health.EngagementHealth health,
             com.fasttrack.portal.health.service.HealthAssessor assessor, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.demoPartners = demoPartners;
        this.organisations = organisations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoEngagements = demoEngagements;
        this.health = health;
        this.assessor = assessor;
    }

    /** Brings every running engagement's stored health up to date (idempotent: unchanged colours add nothing). */
    private void healthJobFreeReassessment() {
        health.running().forEach(assessor::reassess);
    }

    /** Creates whatever of the demo data set is missing; returns how many records it created. */
    @Transactional
    public int seed() {
        long started = System.nanoTime();
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('seeded_data_set:' || ?))", Object.class, MARKER);
        if (seeded()) {
            log.info("Demo data: already seeded, 0 records created ({} ms)", (System.nanoTime() - started) / 1_000_000);
            return 0;
        }
        int created = 0;
        Map<String, Organisation> byName = new HashMap<>();
        for (OrgSeed seed : ORGANISATIONS) {
            Organisation organisation = organisations.findByName(seed.name()).orElse(null);
            if (organisation == null) {
                organisation = organisations.save(Organisation.create(seed.name(), seed.kind(), seed.region()));
                created++;
            }
            byName.put(seed.name(), organisation);
        }
        String hash = null;
        for (UserSeed seed : USERS) {
            EmailAddress email = new EmailAddress(seed.email());
            if (users.findByEmail(email).isPresent()) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(DemoMode.PASSWORD);
            }
            Organisation organisation = seed.organisation() == null ? null : byName.get(seed.organisation());
            users.save(new UserAccount(UserId.random(), 0, email, seed.name(), hash, seed.role(), true,
                    organisation == null ? null : organisation.id(), false));
            created++;
        }
        created += demoEngagements.seed();
        created += demoPartners.seed();
        healthJobFreeReassessment();
        jdbc.update("insert into seeded_data_set (name, size, seeded_at, row_count) values (?, ?, ?, ?)", MARKER,
                MARKER, Timestamp.from(clock.instant()), created);
        log.info("Demo data: {} records created ({} organisations, {} users and their engagements in the set)",
                created, ORGANISATIONS.size(), USERS.size());
        return created;
    }

    /** Whether the demo data set was seeded: one primary-key lookup, never a scan. */
    boolean seeded() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from seeded_data_set where name = ?)", Boolean.class, MARKER));
    }
}
