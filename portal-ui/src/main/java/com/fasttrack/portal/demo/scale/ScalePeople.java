package com.fasttrack.portal.demo.scale;

import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.security.Role;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The organisations and people of the scale data set: customer organisations with one user each, the provider's
 * engineers and partner organisations with their profile and one user each. Every user has the demo password.
 */
final class ScalePeople {

    /** Someone who acts on engagements. */
    record Person(UUID id, String name, String email) {
    }

    /** A customer organisation and the one user it has. */
    record Customer(UUID id, String name, Region region, Person user) {
    }

    private static final String[] FIRST = {"Amara", "Bjorn", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro",
        "Ines", "Jonas", "Keira", "Luca", "Maren", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Soren", "Tamsin",
        "Uma", "Viktor", "Wanjiru", "Xavier", "Yara", "Zeno"};
    private static final String[] LAST = {"Achebe", "Brandt", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallo",
        "Haddad", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quispe",
        "Rossi", "Sato", "Takahashi", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhou"};
    private static final String[] FIRM = {"Alpine", "Harbour", "Meridian", "Summit", "Riverside", "Evergreen",
        "Granite", "Lighthouse", "Silverline", "Bluewater", "Redwood", "Northgate", "Crescent", "Oakfield",
        "Sunridge", "Ironbridge", "Clearview", "Westbrook", "Stonehaven", "Brightwater"};
    private static final String[] TRADE = {"Logistics", "Insurance", "Retail", "Health", "Foods", "Energy",
        "Banking", "Pharma", "Media", "Telecom", "Mobility", "Textiles", "Chemicals", "Hospitality", "Airlines"};
    private static final String[] PARTNER_TRADE = {"Cloud Partners", "Managed Services", "Systems Integration",
        "Data & AI", "Consulting"};
    /** Workloads available (not in preview) in every region, so no engagement asks for one its region lacks. */
    static final String[] WORKLOADS = {"DC_MIGRATION", "WINDOWS_SERVER", "LINUX", "SAP", "BCDR", "CLOUD_NATIVE",
        "DEVOPS", "APP_MODERNIZATION", "INTELLIGENT_APPS", "DATA_MODERNIZATION", "SECURITY_MANAGEMENT",
        "GLOBALLY_DISTRIBUTED_DATA", "IOT"};

    final List<Customer> customers = new ArrayList<>();
    final List<Person> engineers = new ArrayList<>();
    final List<Person> partners = new ArrayList<>();

    ScalePeople(ScaleDataSet size, ScaleTables tables, String passwordHash, Instant since) {
        Region[] regions = Region.values();
        for (int i = 0; i < size.customers(); i++) {
            UUID org = uuid(1, i);
            String name = FIRM[i % FIRM.length] + " " + TRADE[(i / FIRM.length) % TRADE.length] + " "
                    + String.format("%04d", i + 1);
            Region region = regions[i % regions.length];
            tables.organisations.row(org, 0, name, OrganisationKind.CUSTOMER, region.code(), since);
            Person user = user(tables, uuid(2, i), personName(i + 7), String.format("customer%04d@scale.example", i + 1),
                    Role.CUSTOMER, org, passwordHash, since);
            customers.add(new Customer(org, name, region, user));
        }
        for (int i = 0; i < size.engineers(); i++) {
            engineers.add(user(tables, uuid(3, i), personName(i), String.format("engineer%02d@scale.fasttrack.example",
                    i + 1), Role.ENGINEER, null, passwordHash, since));
        }
        Random random = new Random(42);
        PartnerType[] types = PartnerType.values();
        for (int i = 0; i < size.partners(); i++) {
            UUID org = uuid(4, i);
            String name = FIRM[(i + 7) % FIRM.length] + " " + PARTNER_TRADE[i % PARTNER_TRADE.length] + " "
                    + String.format("%03d", i + 1);
            tables.organisations.row(org, 0, name, OrganisationKind.PARTNER, regions[i % regions.length].code(),
                    since);
            tables.partnerProfiles.row(org, 0, types[i % types.length], 5 + random.nextInt(46));
            int served = 1 + random.nextInt(3);
            for (int r = 0; r < served; r++) {
                tables.partnerRegions.row(org, regions[(i + r * 4) % regions.length].code());
            }
            int specialties = 2 + random.nextInt(3);
            for (int w = 0; w < specialties; w++) {
                tables.partnerSpecialties.row(org, WORKLOADS[(i + w * 3) % WORKLOADS.length]);
            }
            partners.add(user(tables, uuid(5, i), personName(i + 13), String.format("partner%03d@scale.example", i + 1),
                    Role.PARTNER, org, passwordHash, since));
        }
    }

    private static Person user(ScaleTables tables, UUID id, String name, String email, Role role, @Nullable UUID organisation,
                               String passwordHash, Instant since) {
        tables.users.row(id, 0, email, name, passwordHash, role, true, organisation, false, since);
        return new Person(id, name, email);
    }

    static String personName(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length];
    }

    /** Stable ids, so that a data set seeded twice elsewhere names the same rows (kind 1..9, then the index). */
    static UUID uuid(int kind, long index) {
        return new UUID(0x5ca1e00000000000L | ((long) kind << 40), index);
    }
}
