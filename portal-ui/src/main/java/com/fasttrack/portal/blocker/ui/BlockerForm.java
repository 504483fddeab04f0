package com.fasttrack.portal.blocker.ui;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.engagement.EngagementMembers;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Raises a blocker: title, description, severity, owner from the people on the engagement, due date. The owner may
 * also be picked as a portal account, which sets the owner's name and notifies that person.
 */
final class BlockerForm extends Composite<FormLayout> {

    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final Select<Severity> severity = new Select<>();
    final ComboBox<String> owner = new ComboBox<>("Owner");
    final ComboBox<EngagementMembers.Member> ownerAccount = new ComboBox<>("Owner's portal account");
    final DatePicker dueDate = new DatePicker("Due date");
    final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>("Visible to");

    private final Binder<Bean> binder = new Binder<>();

    private static final class Bean {
        String title = "";
        String description = "";
        Severity severity;
        String owner;
        EngagementMembers.Member ownerAccount;
        LocalDate dueDate;
        Visibility visibility = Visibility.SHARED;
    }

    BlockerForm(List<String> people, List<EngagementMembers.Member> accounts, boolean staff) {
        title.setId("blocker-title");
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(Severity::label);
        severity.setId("blocker-severity");
        LinkedHashSet<String> names = new LinkedHashSet<>(people);
        accounts.forEach(account -> names.add(account.name()));
        owner.setItems(List.copyOf(names));
        owner.setAllowCustomValue(false);
        owner.setId("blocker-owner");
        owner.setHelperText("Someone on the engagement");
        ownerAccount.setItems(accounts);
        ownerAccount.setItemLabelGenerator(EngagementMembers.Member::name);
        ownerAccount.setClearButtonVisible(true);
        ownerAccount.setId("blocker-owner-user");
        ownerAccount.setHelperText("Optional: this person is notified that the blocker is theirs");
        // the account's person is the owner
        ownerAccount.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                owner.setValue(change.getValue().name());
            }
        });
        TextLimits.say(description, Blocker.TEXT_MAX);
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> v == Visibility.SHARED ? "Everyone on the engagement"
                : "Provider staff only (internal)");
        visibility.setVisible(staff);

        binder.forField(title).asRequired("Title is required")
                .withValidator(TextLimits.atMost("Title must be at most " + Blocker.TITLE_MAX + " characters",
                        Blocker.TITLE_MAX))
                .bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(description).bind(b -> b.description, (b, v) -> b.description = v);
        binder.forField(severity).asRequired("Choose a severity").bind(b -> b.severity, (b, v) -> b.severity = v);
        binder.forField(owner).asRequired("Choose who owns it").bind(b -> b.owner, (b, v) -> b.owner = v);
        binder.forField(ownerAccount).bind(b -> b.ownerAccount, (b, v) -> b.ownerAccount = v);
        binder.forField(dueDate).bind(b -> b.dueDate, (b, v) -> b.dueDate = v);
        binder.forField(visibility).bind(b -> b.visibility, (b, v) -> b.visibility = v);
        binder.setBean(new Bean());

        FormLayout layout = getContent();
        layout.add(title, severity, owner, ownerAccount, dueDate, description, visibility);
        layout.setColspan(title, 2);
        layout.setColspan(description, 2);
        layout.setColspan(visibility, 2);
    }

    Optional<BlockerDraft> draft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new BlockerDraft(b.title, b.description, b.severity, b.owner, b.dueDate, b.visibility,
                b.ownerAccount == null ? null : b.ownerAccount.id()));
    }
}
