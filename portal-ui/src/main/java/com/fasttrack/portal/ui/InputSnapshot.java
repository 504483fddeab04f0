package com.fasttrack.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.grid.Grid;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values of every input in a part of a page when it was built, to tell later whether the user has typed or
 * chosen something there that is not saved yet (and that a refresh must therefore not throw away).
 */
public final class InputSnapshot {

    private final Map<HasValue<?, ?>, Object> values = new IdentityHashMap<>();

    private InputSnapshot() {
    }

    public static InputSnapshot of(Component root) {
        InputSnapshot snapshot = new InputSnapshot();
        snapshot.collect(root);
        return snapshot;
    }

    /** Whether any input now holds something else than when the snapshot was taken. */
    public boolean changed() {
        return values.entrySet().stream().anyMatch(e -> !Objects.equals(e.getKey().getValue(), e.getValue()));
    }

    private void collect(Component component) {
        if (component instanceof HasValue<?, ?> input && !input.isReadOnly()) {
            values.put(input, input.getValue());
        }
        if (!(component instanceof Grid<?>)) {
            component.getChildren().forEach(this::collect);
        }
    }
}
