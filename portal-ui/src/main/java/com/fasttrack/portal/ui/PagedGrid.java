package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.function.Function;

/**
 * A grid that shows one page of {@value #PAGE_SIZE} rows at a time, read with its total in one statement, and a bar
 * to go to the previous or next page ("26–50 of 500"). The server holds only the rows shown, so a long history costs
 * a page, not the whole of it (decision 025).
 */
public final class PagedGrid<T> extends Composite<VerticalLayout> {

    public static final int PAGE_SIZE = 25;

    private final Grid<T> grid;
    private final Function<PageRequest, Slice<T>> pages;
    private final Span position = new Span();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create());
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create());
    private final HorizontalLayout bar;
    private int offset;
    private long total;

    /** {@code pages} reads one page and the total (of the filters as they are when it is called). */
    public PagedGrid(Grid<T> grid, Function<PageRequest, Slice<T>> pages) {
        this.grid = grid;
        this.pages = pages;
        grid.setAllRowsVisible(true);
        previous.setAriaLabel("Previous page");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        previous.addClickListener(click -> show(offset - PAGE_SIZE));
        next.setAriaLabel("Next page");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        next.addClickListener(click -> show(offset + PAGE_SIZE));
        position.addClassName("ft-muted");
        bar = new HorizontalLayout(previous, position, next);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("ft-page-bar");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.setWidthFull();
        content.add(grid, bar);
        show(0);
    }

    /** Reads the page shown again (new and changed rows appear); a page that is gone now falls back to the last. */
    public void refresh() {
        show(offset);
    }

    /** Back to the first page, e.g. after a filter changed. */
    public void first() {
        show(0);
    }

    public long total() {
        return total;
    }

    public Grid<T> grid() {
        return grid;
    }

    private void show(int wanted) {
        int from = Math.max(0, wanted);
        Slice<T> slice = pages.apply(PageRequest.of(from, PAGE_SIZE));
        if (slice.rows().isEmpty() && from > 0) {
            // a count over no rows says nothing: start again from the first page
            from = 0;
            slice = pages.apply(PageRequest.of(0, PAGE_SIZE));
        }
        offset = from;
        total = slice.total();
        grid.setItems(slice.rows());
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + slice.rows().size() < total);
        position.setText(total == 0 ? "" : (offset + 1) + "–" + (offset + slice.rows().size()) + " of " + total);
        bar.setVisible(total > PAGE_SIZE);
    }
}
