package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.util.function.Consumer;

/** Adds a customer-side person to the engagement; hands the new stakeholder out. */
final class StakeholderForm extends Composite<FormLayout> {

    /** What the form hands out. */
    record NewStakeholder(String name, String email, StakeholderRole role) {
    }

    final TextField name = new TextField("Name");
    final EmailField email = new EmailField("E-mail");
    final Select<StakeholderRole> role = new Select<>();
    final Button add = new Button("Add stakeholder");

    private final Binder<NewStakeholderBean> binder = new Binder<>();

    static final class NewStakeholderBean {
        String name = "";
        String email = "";
        StakeholderRole role;
    }

    StakeholderForm(Consumer<NewStakeholder> onAdd) {
        role.setLabel("Role");
        role.setItems(StakeholderRole.values());
        role.setItemLabelGenerator(StakeholderRole::label);
        binder.forField(name).asRequired("Name is required")
                .withValidator(TextLimits.atMost("Name must be at most " + Stakeholder.NAME_MAX + " characters",
                        Stakeholder.NAME_MAX))
                .bind(b -> b.name, (b, v) -> b.name = v);
        binder.forField(email).withValidator(value -> value == null || value.isBlank()
                        || value.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), "Not a valid e-mail address")
                .bind(b -> b.email, (b, v) -> b.email = v);
        binder.forField(role).asRequired("Choose the stakeholder's role").bind(b -> b.role, (b, v) -> b.role = v);
        binder.setBean(new NewStakeholderBean());
        add.setId("add-stakeholder");
        add.addClickListener(click -> {
            if (binder.validate().isOk()) {
                NewStakeholderBean bean = binder.getBean();
                onAdd.accept(new NewStakeholder(bean.name, bean.email, bean.role));
                binder.setBean(new NewStakeholderBean());
            }
        });
        getContent().add(name, email, role, add);
    }
}
