package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.activity.service.ActivityService;
import com.fasttrack.portal.activity.ui.ActivityPanel;
import com.fasttrack.portal.backlog.service.BacklogService;
import com.fasttrack.portal.backlog.ui.BacklogPanel;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.blocker.ui.BlockersPanel;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.checkin.ui.CheckInsPanel;
import com.fasttrack.portal.health.service.HealthService;
import com.fasttrack.portal.health.ui.HealthPanel;
import com.fasttrack.portal.report.service.ReportService;
import com.fasttrack.portal.report.ui.ExportExecutor;
import com.fasttrack.portal.partner.service.PartnerMatchService;
import com.fasttrack.portal.partner.ui.PartnersPanel;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementService;

import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.service.LiveUpdates;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One engagement: header with the phase stepper, then Overview, Stakeholders, Phase, Check-ins, Blockers, Health,
 * Partners and Backlog. A missing id and an id
 * outside the user's scope both end on the same not-found page.
 */
@Route("engagements/:id")
@PermitAll
public class EngagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EngagementService engagements;
    private final HealthService health;
    private final CheckInService checkIns;
    private final BlockerService blockers;
    private final PartnerMatchService partnerMatches;
    private final BacklogService backlog;
    private final CurrentUser currentUser;
    private final ActivityService activity;
    private final Clock clock;
    private final LiveUpdates live;
    private final EngagementEditors editors;
    private EngagementDetails details;
    final TabSheet tabs = new TabSheet();
    private final EngagementHeader header;
    private final Map<String, PanelHolder> panels = new LinkedHashMap<>();
    final ViewersBadge viewers = new ViewersBadge();
    final ChangedBanner changedBanner = new ChangedBanner(this::reload);
    private LiveUpdates.Watch watch;
    private Instant renderedAt = Instant.MIN;

    private static final List<String> TABS = List.of("Overview", "Stakeholders", "Phase", "Check-ins", "Blockers",
            "Health", "Partners", "Backlog", "Activity");

    EngagementView(EngagementService engagements, HealthService health, CheckInService checkIns,
                   BlockerService blockers, PartnerMatchService partnerMatches, BacklogService backlog,
                   CurrentUser currentUser, ReportService reports, ExportExecutor exports, ActivityService activity,
                   LiveUpdates live, Clock clock) {
        this.live = live;
        this.engagements = engagements;
        this.partnerMatches = partnerMatches;
        this.backlog = backlog;
        this.health = health;
        this.checkIns = checkIns;
        this.blockers = blockers;
        this.currentUser = currentUser;
        this.activity = activity;
        this.clock = clock;
        this.editors = new EngagementEditors(engagements, this::reload);
        this.header = new EngagementHeader(engagements, health, reports, exports, clock, viewers, changedBanner);
        setId("engagement-view");
    }

    public static RouteParameters parameters(EngagementId id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").flatMap(EngagementId::parse);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            details = engagements.details(id.get());
        } catch (com.fasttrack.portal.shared.NotFoundException notVisible) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
        event.getLocation().getQueryParameters().getSingleParameter("tab").ifPresent(this::selectTab);
        if (isAttached()) {
            watch();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (details != null) {
            watch();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching();
    }

    private void watch() {
        stopWatching();
        UI ui = UI.getCurrent();
        watch = live.watch(id(), currentUser.require(), new LiveRefresh(ui, this::changedElsewhere, viewers::show));
    }

    private void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    /**
     * Someone changed the engagement (on any instance): everything shown is brought up to date, except a part
     * holding input not saved yet, which keeps it and gets the banner instead; an open edit form is never touched.
     */
    void changedElsewhere(List<EngagementChanged> events) {
        // the user's own changes made before this page last drew itself are on it already
        List<EngagementChanged> changes = events.stream()
                .filter(c -> !(currentUser.require().id().equals(c.actor()) && c.at().isBefore(renderedAt))).toList();
        if (changes.isEmpty()) {
            return;
        }
        EngagementDetails fresh;
        try {
            fresh = engagements.details(id());
        } catch (com.fasttrack.portal.shared.NotFoundException gone) {
            changedBanner.gone();
            return;
        }
        details = fresh;
        renderHeader();
        boolean kept = false;
        for (PanelHolder holder : panels.values()) {
            kept |= !holder.refresh();
        }
        EngagementChanged last = changes.getLast();
        boolean byOthers = changes.stream().anyMatch(c -> !currentUser.require().id().equals(c.actor()));
        if (kept && byOthers) {
            changedBanner.show(last.actorName(), last.at());
        }
        if (byOthers && changes.stream().anyMatch(EngagementChanged::changesTheRecord)) {
            editors.recordChangedElsewhere(last.actorName(), last.at());
        }
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "Engagement" : details.engagement().title()) + " · FastTrack Engagement Portal";
    }

    private EngagementId id() {
        return details.engagement().id();
    }

    private long version() {
        return details.engagement().version();
    }

    private void reload() {
        details = engagements.details(id());
        changedBanner.hide();
        render();
    }

    private void render() {
        renderedAt = Instant.now(clock);
        removeAll();
        add(header);
        renderHeader();
        int selected = tabs.getSelectedIndex();
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        panels.clear();
        for (String name : TABS) {
            PanelHolder holder = new PanelHolder(() -> panel(name));
            panels.put(name, holder);
            tabs.add(name, holder);
        }
        tabs.setSelectedIndex(Math.max(0, Math.min(selected, tabs.getTabCount() - 1)));
        tabs.setWidthFull();
        add(tabs);
    }

    private void renderHeader() {
        header.show(details, new EngagementHeader.Actions(editors, this::act));
    }

    /** The content of one tab; versions are taken now, so a form opened from it saves against what it showed. */
    private Component panel(String name) {
        Engagement engagement = details.engagement();
        EngagementId id = id();
        long version = version();
        boolean staff = details.permissions().movePhase();
        PortalUser user = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return switch (name) {
            case "Overview" -> {
                EngagementDetails shown = details;
                yield new OverviewPanel(shown, () -> editors.editGoal(shown));
            }
            case "Stakeholders" -> new StakeholdersPanel(details,
                    added -> act(() -> engagements.addStakeholder(id, version, added.name(), added.email(),
                            added.role())),
                    removed -> act(() -> engagements.removeStakeholder(id, version, removed)));
            case "Phase" -> new PhasePanel(details, phaseActions(version));
            case "Check-ins" -> new CheckInsPanel(id, checkIns, new CheckInsPanel.Viewer(
                    user.role().isProviderStaff(), user.role() == Role.CUSTOMER, staff), people(),
                    engagement.cadence(), engagement.cadenceIsDefault(), version, today, this::reload);
            case "Blockers" -> new BlockersPanel(id, blockers, user.role().isProviderStaff(),
                    details.permissions().editGoal(), people(), Instant.now(clock), this::reload);
            case "Health" -> new HealthPanel(id, health, staff, today, this::reload);
            case "Partners" -> {
                Map<WorkloadCode, String> workloadNames = new LinkedHashMap<>();
                details.workloads().forEach(w -> workloadNames.put(w.code(), w.name()));
                yield new PartnersPanel(id, partnerMatches, workloadNames, this::reload);
            }
            case "Backlog" -> new BacklogPanel(id, backlog,
                    user.role() == Role.PARTNER ? user.organisationId().orElse(null) : null, this::reload);
            case "Activity" -> new ActivityPanel(id, activity, user.role().isProviderStaff());
            default -> throw new IllegalArgumentException("No tab " + name);
        };
    }

    /** Opens a tab by its name, as links like {@code ?tab=blockers} ask. */
    public void selectTab(String name) {
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().replace("-", "").equalsIgnoreCase(name.replace("-", ""))) {
                tabs.setSelectedIndex(i);
            }
        }
    }

    /**
     * Someone else has just saved this engagement: an open editor of it shows a banner and keeps what the user typed.
     * For live updates (push) to call.
     */
    public void recordChangedElsewhere(String byName, Instant at) {
        editors.recordChangedElsewhere(byName, at);
    }

    private java.util.List<String> people() {
        java.util.List<String> people = new java.util.ArrayList<>();
        details.engagement().stakeholders().forEach(s -> people.add(s.name()));
        details.engineers().forEach(e -> people.add(e.name()));
        return people;
    }

    private PhasePanel.Actions phaseActions(long version) {
        return new PhasePanel.Actions() {
            @Override
            public void tick(ChecklistItem item, boolean done) {
                act(() -> engagements.tick(id(), version, item, done));
            }

            @Override
            public void writeAssessment(String note) {
                act(() -> engagements.writeAssessment(id(), version, note));
            }

            @Override
            public void recordPocGoLive(LocalDate date) {
                // not through act: a refused date must reach the field before the panel is rebuilt
                engagements.recordPocGoLive(id(), version, date);
                reload();
            }

            @Override
            public void advance(String overrideReasonOrNull) {
                act(() -> engagements.advance(id(), version, overrideReasonOrNull));
            }
        };
    }

    /** Runs a change and shows the new state; a refusal reaches the user through the UI's error handling. */
    private void act(Runnable change) {
        try {
            change.run();
        } finally {
            reload();
        }
    }
}
