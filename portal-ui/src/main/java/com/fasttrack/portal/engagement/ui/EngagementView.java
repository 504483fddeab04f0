package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.service.LiveUpdates;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.shared.NotFoundException;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One engagement: the header, then the tabs the features contribute ({@link EngagementTab}), kept up to date live.
 * A missing id and an id outside the user's scope both end on the same not-found page; {@code ?tab=} names the
 * tab to open.
 */
@Route("engagements/:id")
@PermitAll
public class EngagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EngagementService engagements;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final EngagementEditors editors;
    private final EngagementHeader header;
    private final PageWatch watch;
    final ViewersBadge viewers = new ViewersBadge();
    final ChangedBanner changedBanner = new ChangedBanner(this::reload);
    final EngagementTabSheet tabs;
    private EngagementDetails details;
    private Instant renderedAt = Instant.MIN;

    EngagementView(EngagementService engagements, List<EngagementTab> tabs, List<EngagementHeaderAction> actions,
                   CurrentUser currentUser, LiveUpdates live, Clock clock) {
        this.engagements = engagements;
        this.currentUser = currentUser;
        this.clock = clock;
        this.editors = new EngagementEditors(engagements, this::reload);
        this.header = new EngagementHeader(engagements, actions, clock, viewers, changedBanner);
        this.tabs = new EngagementTabSheet(tabs);
        this.watch = new PageWatch(this, live, currentUser, () -> details == null ? null : details.engagement().id(),
                this::changedElsewhere, viewers::show);
        setId("engagement-view");
    }

    public static RouteParameters parameters(EngagementId id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").flatMap(EngagementId::parse);
        if (details != null && id.equals(Optional.of(details.engagement().id())) && tabs.shows(event.getLocation())) {
            return; // the URL following the tab the user opened: the page is as it should be
        }
        if (id.isEmpty() || !load(id.get())) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        render(EngagementTabSheet.named(event.getLocation()));
        watch.start();
    }

    private boolean load(EngagementId id) {
        try {
            details = engagements.details(id);
            return true;
        } catch (NotFoundException notVisible) {
            return false;
        }
    }

    /** Opens the tab with this key, as a link's {@code ?tab=} does. */
    public void selectTab(TabKey key) {
        tabs.select(key);
    }

    /**
     * Someone changed the engagement (on any instance): everything shown is brought up to date, except a part
     * holding input not saved yet, which keeps it and gets the banner instead; an open edit form is never touched.
     */
    void changedElsewhere(List<EngagementChanged> events) {
        LiveChanges changes = LiveChanges.seenBy(currentUser.require().id(), renderedAt, events);
        if (changes.isEmpty()) {
            return;
        }
        if (!load(details.engagement().id())) {
            changedBanner.gone();
            return;
        }
        header.show(page());
        boolean kept = !tabs.refresh();
        EngagementChanged last = changes.last();
        if (kept && changes.byOthers()) {
            changedBanner.show(last.actorName(), last.at());
        }
        if (changes.othersChangedTheRecord()) {
            editors.recordChangedElsewhere(last.actorName(), last.at());
        }
    }

    @Override
    public String getPageTitle() {
        return (details == null ? "Engagement" : details.engagement().title()) + " · FastTrack Engagement Portal";
    }

    private void reload() {
        details = engagements.details(details.engagement().id());
        changedBanner.hide();
        render(Optional.empty());
    }

    /** Draws the page with the wanted tab open (else the one open before), building only that tab's content. */
    private void render(Optional<TabKey> wanted) {
        renderedAt = Instant.now(clock);
        removeAll();
        add(header);
        header.show(page());
        tabs.draw(this::page, wanted);
        add(tabs);
    }

    /** The context of the page as it is now; versions are taken now, so a form saves against what it showed. */
    private EngagementPage page() {
        return new EngagementPage(details, currentUser.require(), clock, this::reload, editors);
    }

    /** Someone else has just saved this engagement: an open editor of it says so and keeps what the user typed. */
    public void recordChangedElsewhere(String byName, Instant at) {
        editors.recordChangedElsewhere(byName, at);
    }
}
