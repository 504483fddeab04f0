package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.live.service.Presence;

import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.stream.Collectors;

/** Who else has the engagement open right now. */
final class ViewersBadge extends Span {

    ViewersBadge() {
        setId("engagement-viewers");
        addClassName("ft-viewers");
        setVisible(false);
    }

    void show(List<Presence.Viewer> others) {
        setText(others.isEmpty() ? "" : "Also viewing: " + others.stream().map(Presence.Viewer::name)
                .collect(Collectors.joining(", ")));
        setVisible(!others.isEmpty());
    }
}
