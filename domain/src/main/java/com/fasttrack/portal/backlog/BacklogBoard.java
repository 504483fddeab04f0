package com.fasttrack.portal.backlog;

import com.fasttrack.portal.shared.Slice;

import java.util.List;
import java.util.Objects;

/** What the backlog tab shows: the progress of every release (of all items) and one page of the filtered items. */
public record BacklogBoard(List<ReleaseProgress> progress, Slice<BacklogItem> items) {

    public BacklogBoard {
        progress = List.copyOf(progress);
        Objects.requireNonNull(items, "items");
    }
}
