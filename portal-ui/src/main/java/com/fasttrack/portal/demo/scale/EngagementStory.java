package com.fasttrack.portal.demo.scale;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerId;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.demo.scale.ScalePeople.Customer;
import com.fasttrack.portal.demo.scale.ScalePeople.Person;
import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.health.HealthFacts;
import com.fasttrack.portal.health.HealthPolicy;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One engagement of the scale data set and the history its use would have left, in the order it happened: it was
 * opened, staffed and assessed, moved through its phases past complete checklists, held check-ins the customer
 * acknowledged, raised and closed blockers, and was held, completed or cancelled. Its stored health is what
 * {@link HealthPolicy} computes from that record; its activity is the newest part of that history (the log starts
 * later than the engagement, as if the history feature had arrived while it ran), and its notifications tell of
 * the newest check-ins and blockers to the people the notifier would have told.
 */
final class EngagementStory {

    private static final String[] PHRASES = {"Move the ERP estate to Azure", "Payments platform modernisation",
        "Data warehouse to cloud-scale analytics", "Retire the on-premises data centre", "SAP landing zone",
        "Customer portal on cloud-native apps", "Disaster recovery for the branch network", "DevOps for the mobile apps",
        "Windows Server fleet migration", "Linux workloads to Azure", "Security baseline for the cloud estate",
        "IoT telemetry for the plants", "Globally distributed order data", "Intelligent assistant for support",
        "Mainframe batch modernisation"};
    private static final String[] BLOCKER_TITLES = {"Firewall change not approved", "Landing zone policy refuses "
        + "the VM size", "Licence transfer pending", "Test data not anonymised yet", "Network peering to on-premises",
        "Identity federation misconfigured", "Backup window too short", "Vendor support contract missing",
        "Quota increase requested", "Performance test environment unavailable"};
    private static final String[] SUMMARIES = {"Migration waves on plan; the next wave's runbook was reviewed",
        "Landing zone reviewed; two policies adjusted with the customer's platform team",
        "Proof of concept results discussed; performance within targets",
        "Cut-over rehearsal went well; one rollback step to be automated",
        "Cost review: reservations proposed for the steady workloads"};

    private final int index;
    private final UUID id;
    private final Customer customer;
    private final List<Person> engineers;
    private final Random random;
    private final ZoneId zone;
    private final LocalDate today;
    private final Instant now;
    private final List<Event> events = new ArrayList<>();
    private final List<Blocker> openShared = new ArrayList<>();

    private EngagementStatus status;
    private Phase phase;
    private LocalDate createdDay;
    private Instant createdAt;

    /** A step of the history, with what the notifier would have said about it, if anything. */
    private record Event(Instant at, ActivityKind kind, Person actor, String summary, @Nullable String before,
                         @Nullable String after, Visibility visibility, @Nullable NotificationKind notice,
                         @Nullable String noticeText) {
    }

    EngagementStory(int index, Customer customer, List<Person> engineers, ZoneId zone, LocalDate today, Instant now) {
        this.index = index;
        this.id = ScalePeople.uuid(6, index);
        this.customer = customer;
        this.engineers = List.copyOf(engineers);
        this.random = new Random(31L * index + 7);
        this.zone = zone;
        this.today = today;
        this.now = now;
    }

    /** Writes the engagement with its parts and history. */
    void write(ScaleTables tables, int checkInCount, int blockerCount, int activityCount, int notificationCount) {
        boolean isLong = index == 0;
        int roll = random.nextInt(100);
        status = isLong || roll < 70 ? EngagementStatus.ACTIVE : roll < 80 ? EngagementStatus.ON_HOLD
                : roll < 92 ? EngagementStatus.COMPLETED : EngagementStatus.CANCELLED;
        int phaseRoll = random.nextInt(100);
        phase = isLong || status == EngagementStatus.COMPLETED || phaseRoll >= 75 ? Phase.CONTINUOUS_PARTNERSHIP
                : phaseRoll < 40 ? Phase.DISCOVERY : Phase.SOLUTION_ENABLEMENT;
        boolean running = status == EngagementStatus.ACTIVE || status == EngagementStatus.ON_HOLD;
        PartnershipOption option = PartnershipOption.values()[random.nextInt(PartnershipOption.values().length)];
        int age = isLong ? 1_100 : 60 + random.nextInt(660);
        createdDay = today.minusDays(age);
        createdAt = at(createdDay, 9);
        LocalDate endDay = running ? today : today.minusDays(3 + random.nextInt(20));
        long life = ChronoUnit.DAYS.between(createdDay, endDay);
        Cadence cadence = Cadence.defaultFor(phase);
        Person lead = engineers.getFirst();

        String title = isLong ? ScaleDataSet.LONG_ENGAGEMENT_TITLE
                : PHRASES[index % PHRASES.length] + " " + String.format("%05d", index);
        TreeSet<String> workloadCodes = new TreeSet<>();
        int workloadCount = 1 + random.nextInt(3);
        while (workloadCodes.size() < workloadCount) {
            workloadCodes.add(ScalePeople.WORKLOADS[random.nextInt(ScalePeople.WORKLOADS.length)]);
        }
        String fields = title + " · " + option.label() + " · " + String.join(", ", workloadCodes);

        event(createdAt, ActivityKind.ENGAGEMENT_CREATED, lead, "Engagement created", null,
                title + " for " + customer.name(), Visibility.SHARED);
        String sponsor = customer.user().name();
        String technicalLead = ScalePeople.personName(index + 3);
        event(createdAt.plus(1, ChronoUnit.HOURS), ActivityKind.STAKEHOLDERS_CHANGED, lead, "Stakeholders changed", "",
                sponsor + ", " + technicalLead, Visibility.SHARED);
        event(createdAt.plus(2, ChronoUnit.HOURS), ActivityKind.FIELDS_CHANGED, lead, "Details changed", fields, fields,
                Visibility.SHARED);

        // phases: each left past a complete checklist (derived items hold from the record, manual ones are ticked)
        Instant firstMove = at(createdDay.plusDays(life * 3 / 10), 11);
        Instant secondMove = at(createdDay.plusDays(life * 6 / 10), 11);
        List<Instant> moves = new ArrayList<>();
        List<String> ticked = new ArrayList<>();
        if (phase.ordinal() >= Phase.SOLUTION_ENABLEMENT.ordinal()) {
            moves.add(firstMove);
            event(firstMove, ActivityKind.PHASE_CHANGED, lead, "Phase advanced", Phase.DISCOVERY.label(),
                    Phase.SOLUTION_ENABLEMENT.label(), Visibility.SHARED);
        }
        LocalDate pocGoLive = null;
        if (phase == Phase.CONTINUOUS_PARTNERSHIP) {
            int daysBefore = 3;
            for (ChecklistItem item : List.of(ChecklistItem.DESIGN_PRINCIPLES_REVIEWED,
                    ChecklistItem.ARCHITECTURE_REVIEWED, ChecklistItem.POC_DONE)) {
                tick(ticked, item, secondMove.minus(daysBefore--, ChronoUnit.DAYS), lead);
            }
            pocGoLive = LocalDate.ofInstant(secondMove, zone).minusDays(1);
            event(secondMove.minus(20, ChronoUnit.HOURS), ActivityKind.FIELDS_CHANGED, lead, "Details changed", fields,
                    fields, Visibility.SHARED);
            moves.add(secondMove);
            event(secondMove, ActivityKind.PHASE_CHANGED, lead, "Phase advanced", Phase.SOLUTION_ENABLEMENT.label(),
                    Phase.CONTINUOUS_PARTNERSHIP.label(), Visibility.SHARED);
        }

        // check-ins up to a last one some days ago (further back than the cadence for some: overdue)
        int slack = running ? 1 + random.nextInt(2 * cadence.days() + 3) : 2;
        LocalDate lastCheckInDay = endDay.minusDays(slack);
        int gap = (int) Math.max(1, (ChronoUnit.DAYS.between(createdDay, lastCheckInDay) - 1) / Math.max(1, checkInCount));
        LocalDate nextDue = createdDay.plus(cadence.period());
        for (int k = 0; k < checkInCount; k++) {
            LocalDate day = lastCheckInDay.minusDays((long) (checkInCount - 1 - k) * gap);
            nextDue = day.plus(cadence.period());
            Person recorder = engineers.get(k % engineers.size());
            Instant recordedAt = at(day, 15);
            boolean acknowledged = k < checkInCount - 1;
            OnTrack onTrack = random.nextInt(10) < 7 ? OnTrack.ON_TRACK : random.nextInt(3) < 2 ? OnTrack.AT_RISK
                    : OnTrack.OFF_TRACK;
            String summary = SUMMARIES[(index + k) % SUMMARIES.length] + " (meeting " + (k + 1) + ")";
            tables.checkIns.row(ScalePeople.uuid(7, (long) index * 1_000 + k), acknowledged ? 1 : 0, id, day,
                    k % 6 == 5 ? CheckInKind.ARCHITECTURE_REVIEW : CheckInKind.STATUS,
                    sponsor + "\n" + recorder.name(), summary, k % 4 == 0 ? "Budget owner wants a cost review" : "",
                    onTrack, "Actions agreed", "Prepare the next wave", nextDue, recorder.id(), recordedAt,
                    acknowledged ? customer.user().id() : null, acknowledged ? at(day, 18) : null);
            event(recordedAt, ActivityKind.CHECK_IN_RECORDED, recorder, "Check-in of " + day + " recorded ("
                    + onTrack.label() + ")", null, summary, Visibility.SHARED, NotificationKind.CHECK_IN_RECORDED,
                    recorder.name() + " recorded the check-in of " + day + " (" + onTrack.label() + "): "
                            + clip(summary));
            if (acknowledged) {
                event(at(day, 18), ActivityKind.CHECK_IN_ACKNOWLEDGED, customer.user(), "Check-in of " + day
                        + " acknowledged", null, null, Visibility.SHARED);
            }
        }

        Instant quietFrom = running ? at(lastCheckInDay, 20) : at(endDay.minusDays(1), 10);
        if (status == EngagementStatus.ON_HOLD) {
            event(quietFrom, ActivityKind.STATUS_CHANGED, lead, "Status changed", EngagementStatus.ACTIVE.label(),
                    EngagementStatus.ON_HOLD.label(), Visibility.SHARED);
        }
        blockers(tables, blockerCount, running, moves, quietFrom, lead);

        Instant assessedAt = running ? now : quietFrom;
        if (status == EngagementStatus.COMPLETED) {
            tick(ticked, ChecklistItem.PERIODIC_CHECKINS, quietFrom.minus(1, ChronoUnit.HOURS), lead);
            moves.add(quietFrom);
            event(quietFrom, ActivityKind.STATUS_CHANGED, lead, "Status changed", EngagementStatus.ACTIVE.label(),
                    EngagementStatus.COMPLETED.label(), Visibility.SHARED);
        } else if (status == EngagementStatus.CANCELLED) {
            event(quietFrom, ActivityKind.STATUS_CHANGED, lead, "Status changed", EngagementStatus.ACTIVE.label(),
                    EngagementStatus.CANCELLED.label(), Visibility.SHARED);
        }
        if (isLong) {
            noteRevisions(activityCount, fields, lead, quietFrom);
        }

        // planned ends: the past phases' around their moves, the current one's near today, later ones after it
        LocalDate[] ends = new LocalDate[Phase.values().length];
        LocalDate earliest = createdDay.plusDays(7);
        for (Phase p : Phase.values()) {
            LocalDate planned;
            if (p.ordinal() < phase.ordinal()) {
                planned = LocalDate.ofInstant(moves.get(p.ordinal()), zone).plusDays(random.nextInt(11) - 5);
            } else if (p == phase) {
                planned = LocalDate.ofInstant(assessedAt, zone).plusDays(random.nextInt(116) - 25);
            } else {
                planned = ends[p.ordinal() - 1].plusDays(30 + random.nextInt(60));
            }
            ends[p.ordinal()] = planned.isBefore(earliest) ? earliest : planned;
            earliest = ends[p.ordinal()];
            tables.plannedEnds.row(id, p, ends[p.ordinal()]);
        }

        // in the order the assessor reads them (most severe first), which orders the reasons
        openShared.sort(Comparator.comparing((Blocker b) -> -b.severity().ordinal()).thenComparing(Blocker::raisedAt)
                .thenComparing(b -> b.id().value()));
        Health health = HealthPolicy.assess(new HealthFacts(LocalDate.ofInstant(assessedAt, zone), assessedAt,
                nextDue, cadence, openShared, ends[phase.ordinal()], null));
        long version = events.stream().filter(e -> e.kind().changesTheRecord()
                && e.kind() != ActivityKind.ENGAGEMENT_CREATED).count();
        tables.engagements.row(id, version, customer.id(), title, "Run " + customer.name() + "'s "
                        + PHRASES[index % PHRASES.length].toLowerCase() + " on Azure with a landing zone the platform team "
                        + "owns, and hand it over to operations.", option, status, phase,
                ends[Phase.CONTINUOUS_PARTNERSHIP.ordinal()], pocGoLive,
                isLong ? "Assessment revision " + Math.max(0, activityCount) : "Landing zone and network assessed; "
                        + "identity federation in place.", createdAt, null, health.colour(), health.computed(),
                health.score(), String.join("\n", health.reasons()), assessedAt, nextDue);
        workloadCodes.forEach(code -> tables.workloads.row(id, code));
        engineers.forEach(engineer -> tables.engineers.row(id, engineer.id()));
        tables.stakeholders.row(ScalePeople.uuid(11, 2L * index), id, 0, sponsor, customer.user().email(),
                StakeholderRole.EXECUTIVE_SPONSOR, customer.user().id());
        tables.stakeholders.row(ScalePeople.uuid(11, 2L * index + 1), id, 1, technicalLead, null,
                StakeholderRole.TECHNICAL_LEAD, null);
        ticked.forEach(item -> tables.ticks.row(id, item));
        for (int seq = 0; seq < moves.size(); seq++) {
            Phase from = Phase.values()[seq];
            tables.transitions.row(id, seq, from, from.next().orElse(null), lead.id(), moves.get(seq), null, false);
        }
        // health as the assessor stored it: green when opened, then the colour of the latest assessment
        tables.healthChanges.row(id, createdAt, HealthColour.GREEN, 100, "All signals on track", false);
        if (health.colour() != HealthColour.GREEN) {
            tables.healthChanges.row(id, assessedAt, health.colour(), health.score(),
                    String.join("\n", health.reasons()), false);
        }
        history(tables, activityCount, notificationCount);
    }

    private void blockers(ScaleTables tables, int count, boolean running, List<Instant> moves, Instant quietFrom,
                          Person lead) {
        int open = !running ? 0 : index == 0 ? Math.min(12, count) : Math.min(count, switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 8 -> 0;
            case 9, 10, 11, 12, 13, 14 -> 1;
            case 15, 16, 17 -> 2;
            default -> 3;
        });
        Instant lastMove = moves.isEmpty() ? createdAt : moves.getLast();
        long closedWindow = Math.max(1, ChronoUnit.HOURS.between(createdAt, quietFrom) - 48);
        for (int k = 0; k < count; k++) {
            boolean stillOpen = k >= count - open;
            Instant raisedAt;
            Instant closedAt = null;
            if (stillOpen) {
                // open ones are recent: raised after the last phase move and within the last few weeks
                Instant from = lastMove.plus(1, ChronoUnit.DAYS);
                if (from.isBefore(quietFrom.minus(45, ChronoUnit.DAYS))) {
                    from = quietFrom.minus(45, ChronoUnit.DAYS);
                }
                long window = Math.max(1, ChronoUnit.HOURS.between(from, quietFrom) - 3);
                raisedAt = from.plus(random.nextLong(window), ChronoUnit.HOURS);
            } else {
                raisedAt = createdAt.plus(24 + random.nextLong(closedWindow), ChronoUnit.HOURS);
                closedAt = raisedAt.plus(2 + random.nextInt(240), ChronoUnit.HOURS);
                if (closedAt.isAfter(quietFrom)) {
                    closedAt = raisedAt.plus(1, ChronoUnit.HOURS);
                }
                // a phase moves only with no open blocker: one open across a move closed just before it
                for (Instant move : moves) {
                    if (raisedAt.isBefore(move) && !closedAt.isBefore(move)) {
                        closedAt = move.minus(30, ChronoUnit.MINUTES);
                        if (!closedAt.isAfter(raisedAt)) {
                            raisedAt = closedAt.minus(1, ChronoUnit.HOURS);
                        }
                    }
                }
            }
            LocalDate raisedDay = LocalDate.ofInstant(raisedAt, zone);
            int severityRoll = random.nextInt(100);
            Severity severity = severityRoll < 6 ? Severity.CRITICAL : severityRoll < 30 ? Severity.HIGH
                    : severityRoll < 70 ? Severity.MEDIUM : Severity.LOW;
            Visibility visibility = random.nextInt(100) < 15 ? Visibility.INTERNAL : Visibility.SHARED;
            String title = BLOCKER_TITLES[(index + k) % BLOCKER_TITLES.length];
            Person raiser = engineers.get(k % engineers.size());
            String owner = visibility == Visibility.INTERNAL || k % 2 == 0 ? raiser.name() : customer.user().name();
            LocalDate due = raisedDay.plusDays(3 + random.nextInt(40));
            BlockerStatus state = stillOpen ? (random.nextBoolean() ? BlockerStatus.OPEN : BlockerStatus.IN_PROGRESS)
                    : random.nextInt(100) < 85 ? BlockerStatus.RESOLVED : BlockerStatus.WONT_FIX;
            String note = switch (state) {
                case RESOLVED -> "Solved together with the customer's platform team";
                case WONT_FIX -> "Accepted as a known limitation for this wave";
                default -> "";
            };
            UUID blockerId = ScalePeople.uuid(8, (long) index * 1_000 + k);
            int version = state == BlockerStatus.OPEN ? 0 : 1;
            tables.blockers.row(blockerId, version, id, title, "Found while preparing the next migration wave.",
                    severity, owner, null, raiser.id(), raisedAt, due, state, note, visibility, closedAt);
            String internal = visibility == Visibility.INTERNAL ? " (internal)" : "";
            event(raisedAt, ActivityKind.BLOCKER_RAISED, raiser, "Blocker '" + title + "' raised (" + severity.label()
                    + ", owner " + owner + ")", null, BlockerStatus.OPEN.label(), visibility,
                    NotificationKind.BLOCKER_RAISED, raiser.name() + " raised a " + severity.label().toLowerCase()
                            + " blocker: '" + title + "'" + internal + ", owner " + owner);
            if (state == BlockerStatus.IN_PROGRESS) {
                event(raisedAt.plus(2, ChronoUnit.HOURS), ActivityKind.BLOCKER_CHANGED, raiser, "Blocker '" + title
                        + "' in progress", BlockerStatus.OPEN.label(), state.label(), visibility);
            } else if (closedAt != null) {
                event(closedAt, ActivityKind.BLOCKER_CHANGED, raiser, "Blocker '" + title + "' "
                        + state.label().toLowerCase() + ": " + note, BlockerStatus.OPEN.label(), state.label(),
                        visibility);
            }
            if (stillOpen && visibility == Visibility.SHARED) {
                openShared.add(new Blocker(new BlockerId(blockerId), version, new EngagementId(id), title, "",
                        severity, owner, null, new UserId(raiser.id()), raisedAt, due, state, note, visibility,
                        null));
            }
        }
    }

    /** The long engagement's assessment note, revised often: the bulk of its 5,000 history entries. */
    private void noteRevisions(int activityCount, String fields, Person lead, Instant until) {
        int revisions = activityCount - events.size();
        long span = ChronoUnit.MINUTES.between(createdAt, until) - 240;
        for (int r = 0; r < revisions; r++) {
            event(createdAt.plus(180 + span * (r + 1) / (revisions + 1), ChronoUnit.MINUTES),
                    ActivityKind.FIELDS_CHANGED, engineers.get(r % engineers.size()), "Details changed", fields,
                    fields, Visibility.SHARED);
        }
    }

    private void tick(List<String> ticked, ChecklistItem item, Instant at, Person by) {
        String before = ticks(ticked);
        ticked.add(item.name());
        event(at, ActivityKind.CHECKLIST_CHANGED, by, "Checklist changed", before, ticks(ticked), Visibility.SHARED);
    }

    private static String ticks(List<String> ticked) {
        return ticked.stream().map(name -> ChecklistItem.valueOf(name).label()).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The newest entries of the history, and notifications of its newest check-ins and blockers. */
    private void history(ScaleTables tables, int activityCount, int notificationCount) {
        events.sort(Comparator.comparing(Event::at));
        List<Event> logged = events.subList(Math.max(0, events.size() - activityCount), events.size());
        long n = 0;
        for (Event e : logged) {
            tables.activities.row(ScalePeople.uuid(9, (long) index * 10_000 + n++), id, e.at(), e.actor().id(),
                    e.actor().name(), e.kind().name(), e.summary(), e.before(), e.after(), e.visibility());
        }
        int told = 0;
        for (int k = logged.size() - 1; k >= 0 && told < notificationCount; k--) {
            Event e = logged.get(k);
            if (e.notice() == null) {
                continue;
            }
            List<Person> recipients = new ArrayList<>(engineers);
            if (e.visibility() == Visibility.SHARED) {
                recipients.add(customer.user());
            }
            recipients.remove(e.actor());
            for (Person recipient : recipients) {
                if (told == notificationCount) {
                    break;
                }
                boolean read = e.at().isBefore(now.minus(3, ChronoUnit.DAYS));
                tables.notifications.row(ScalePeople.uuid(10, (long) index * 100 + told), recipient.id(), id,
                        e.notice(), e.noticeText(), e.notice().tab().slug(), e.visibility(), e.at(),
                        read ? e.at().plus(2, ChronoUnit.HOURS) : null, "NONE");
                told++;
            }
        }
    }

    private void event(Instant at, ActivityKind kind, Person actor, String summary, @Nullable String before,
                       @Nullable String after, Visibility visibility) {
        events.add(new Event(at, kind, actor, summary, before, after, visibility, null, null));
    }

    private void event(Instant at, ActivityKind kind, Person actor, String summary, @Nullable String before,
                       @Nullable String after, Visibility visibility, NotificationKind notice, String noticeText) {
        events.add(new Event(at, kind, actor, summary, before, after, visibility, notice, noticeText));
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, index % 60).atZone(zone).toInstant();
    }

    /** As the notifier shortens a summary. */
    private static String clip(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        return value.length() > 200 ? value.substring(0, 199) + "…" : value;
    }
}
